import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * axe-core's script, added to every page of a context before the page's own scripts: the
 * pages' Content-Security-Policy rightly refuses a script tag injected into them.
 */
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.2 AA and everything below it, as axe tags its rules. */
const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/** Makes every page opened in the context ready for `axeViolations`. */
export async function addAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: axeScript });
}

/** Runs axe on a page and describes each violation in one line: rule, impact and elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(
        document,
        options,
      ),
    axeOptions,
  );
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
