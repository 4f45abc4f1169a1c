import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';

/**
 * axe-core, added to every page by the browser before the page's own scripts: the pages'
 * Content-Security-Policy rightly refuses a script tag injected into them.
 */
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.2 AA and everything below it, as axe tags its rules. */
const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

const schemes = ['light', 'dark'] as const;
const screens = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};
const locales = [
  { name: 'English', prefix: '' },
  { name: 'French', prefix: '/fr' },
];

/** A page of the sample, and what the reader does on it before it is checked. */
interface PageKind {
  name: string;
  path: string;
  /** Brings the page to the state to check, once it has loaded. */
  prepare?: (page: Page) => Promise<void>;
}

/** Opens every disclosure, so the share controls' job-offer snippets and matrix examples are checked too. */
async function openDisclosures(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/** Types a query into the search page's own box, submits it, and picks the first filter. */
async function searchOnPage(page: Page) {
  await page.locator('#search-page-input').fill('roadmap');
  await page.locator('#search-page-input').press('Enter');
  await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
  await page.locator('.search-chip').first().click();
  await page.locator('.search-chip[aria-pressed="true"]').waitFor();
}

/** Types a query into the header's box and waits for its preview of results. */
async function searchInHeader(page: Page) {
  await page.locator('#site-search-input').fill('roadmap');
  await page.locator('[data-search-list] a').first().waitFor({ timeout: 15_000 });
}

/** Marks a theme and picks it to grow, so the summary, the plan and its fields are drawn. */
async function assessOnPage(page: Page) {
  await page.locator('tr[data-theme="discovery"] input[type="radio"]').nth(1).check();
  await page.locator('input[data-plan="discovery"]').check();
  await page.locator('[data-plan-goals] input').first().waitFor();
}

const pageKinds = (prefix: string): PageKind[] => [
  { name: 'home page', path: `${prefix}/` },
  { name: 'home page with the header search preview open', path: `${prefix}/`, prepare: searchInHeader },
  { name: 'track page', path: `${prefix}/product-management/` },
  { name: 'level page', path: `${prefix}/product-management/senior-pm/`, prepare: openDisclosures },
  { name: 'theme page', path: `${prefix}/themes/strategy/` },
  { name: 'guide page', path: `${prefix}/guides/how-reviews-work/` },
  { name: 'pay criteria page', path: `${prefix}/guides/pay/` },
  { name: 'open data page', path: `${prefix}/open-data/` },
  { name: 'matrix page', path: `${prefix}/product-management/matrix/`, prepare: openDisclosures },
  { name: 'next-level comparison', path: `${prefix}/compare/senior-pm/lead-pm/` },
  { name: 'cross-track comparison', path: `${prefix}/compare/lead-pm/group-pm/` },
  { name: 'search page with results and a filter on', path: `${prefix}/search/`, prepare: searchOnPage },
  { name: 'What changed page', path: `${prefix}/changes/` },
  {
    name: 'self-assessment, filled in',
    path: `${prefix}/product-management/senior-pm/assess/`,
    prepare: assessOnPage,
  },
];

const pages = [
  ...locales.flatMap((locale) =>
    pageKinds(locale.prefix).map((kind) => ({ ...kind, name: `${locale.name} ${kind.name}` })),
  ),
  { name: 'page not found', path: '/no-such-page/' },
  { name: 'French page not found', path: '/fr/no-such-page/' },
];

const impactOrder: ImpactValue[] = ['critical', 'serious', 'moderate', 'minor'];

/** One violation as a reader of a failing test needs it: the rule, how bad, where, and why. */
function describeViolation(where: string, violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const why = [...node.any, ...node.all, ...node.none].map((check) => check.message).find(Boolean);
    return `    ${node.target.join(' ')}${why ? `\n      ${why}` : ''}`;
  });
  return `${where}: ${violation.id} (${violation.impact}) ${violation.help}\n${nodes.join('\n')}`;
}

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

/** Runs axe on a page, returning its violations described for a reader, worst first. */
async function violationsOn(page: Page, where: string): Promise<string[]> {
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(
        document,
        options,
      ),
    axeOptions,
  );
  return results.violations
    .toSorted((a, b) => impactOrder.indexOf(a.impact ?? 'minor') - impactOrder.indexOf(b.impact ?? 'minor'))
    .map((violation) => describeViolation(where, violation));
}

describe.each(Object.entries(screens))('on a %s screen', (screen, viewport) => {
  // One page per colour scheme, checked side by side: the two schemes share everything but colours.
  const tabs = new Map<(typeof schemes)[number], Page>();
  beforeAll(async () => {
    for (const scheme of schemes) {
      const context = await sample.browser.newContext({ colorScheme: scheme, viewport });
      await context.addInitScript({ path: axeScript });
      tabs.set(scheme, await context.newPage());
    }
  });
  afterAll(async () => {
    for (const page of tabs.values()) await page.context().close();
  });

  it.each(pages)(
    'the $name has no WCAG 2.2 AA violations, light or dark',
    async ({ name, path, prepare }) => {
      const found = await Promise.all(
        [...tabs].map(async ([scheme, page]) => {
          await page.goto(new URL(path.slice(1), sample.server.url).href);
          await prepare?.(page);
          return violationsOn(page, `${name} (${path}, ${scheme}, ${screen} ${viewport.width}px)`);
        }),
      );
      expect(found.flat().join('\n'), 'axe violations').toBe('');
    },
  );
});

/** How an element draws its focus, from its computed style. */
interface Ring {
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
}

/** An element reached with Tab, with its ring when focused and the colour behind it. */
interface FocusStop {
  description: string;
  focused: Ring;
  unfocused: Ring;
  /** The first opaque background behind the element, where an outline is drawn. */
  background: string;
  /** The share of the element on screen and not covered by another, from 0 to 1. */
  shown: number;
}

/** Parses `rgb()` and `rgba()` colours as computed styles give them. */
function rgba(colour: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** WCAG contrast ratio of two opaque colours. */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = rgba(colour)
      .slice(0, 3)
      .map((channel) => {
        const c = channel / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** Presses Tab `count` times, recording each element reached and how it draws focus. */
async function walkFocus(page: Page, count: number): Promise<FocusStop[]> {
  const reached: Omit<FocusStop, 'unfocused'>[] = [];
  for (let index = 0; index < count; index++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((index) => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) return undefined;
      // On a short page Tab comes round again: each element is checked once.
      if (element.dataset.focusStop !== undefined) return undefined;
      element.dataset.focusStop = String(index);
      const style = getComputedStyle(element);
      let background = 'rgb(255, 255, 255)';
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const colour = getComputedStyle(parent).backgroundColor;
        if (!/^rgba\(.*, 0\)$/.test(colour) && colour !== 'transparent') {
          background = colour;
          break;
        }
      }
      // Sample points across the element (across the screen, for an element larger than it):
      // a point counts when the element itself, not something over it, is drawn there.
      const span = (start: number, size: number, limit: number) =>
        size > limit ? [Math.max(start, 0), Math.min(start + size, limit)] : [start, start + size];
      let seen = 0;
      let sampled = 0;
      for (const rect of element.getClientRects()) {
        const [left, right] = span(rect.left, rect.width, innerWidth);
        const [top, bottom] = span(rect.top, rect.height, innerHeight);
        for (let x = 0.1; x < 1; x += 0.2) {
          for (const y of [0.25, 0.5, 0.75]) {
            const hit = document.elementFromPoint(left + (right - left) * x, top + (bottom - top) * y);
            sampled++;
            if (hit && (element.contains(hit) || hit.contains(element))) seen++;
          }
        }
      }
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '')
        .trim()
        .replace(/\s+/g, ' ');
      return {
        description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name.slice(0, 40)}"`,
        focused: {
          outlineStyle: style.outlineStyle,
          outlineWidth: Number.parseFloat(style.outlineWidth),
          outlineColor: style.outlineColor,
          boxShadow: style.boxShadow,
        },
        background,
        shown: sampled ? seen / sampled : 0,
      };
    }, index);
    if (stop) reached.push(stop);
  }
  const unfocused = await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    return [...document.querySelectorAll<HTMLElement>('[data-focus-stop]')]
      .sort((a, b) => Number(a.dataset.focusStop) - Number(b.dataset.focusStop))
      .map((element) => {
        const style = getComputedStyle(element);
        return {
          outlineStyle: style.outlineStyle,
          outlineWidth: Number.parseFloat(style.outlineWidth),
          outlineColor: style.outlineColor,
          boxShadow: style.boxShadow,
        };
      });
  });
  return reached.map((stop, index) => ({ ...stop, unfocused: unfocused[index] }));
}

/** Why a stop's focus would be hard to see, or undefined when it shows clearly. */
function focusProblem({ focused, unfocused, background, shown }: FocusStop): string | undefined {
  if (shown < 0.5) return `only ${Math.round(shown * 100)}% of it shows on screen`;
  const outline = focused.outlineStyle !== 'none' && focused.outlineWidth >= 2;
  const outlineChanged = outline && (unfocused.outlineStyle === 'none' || unfocused.outlineWidth === 0);
  const shadowChanged = focused.boxShadow !== 'none' && focused.boxShadow !== unfocused.boxShadow;
  if (!outlineChanged && !shadowChanged) {
    return `no focus indicator (outline ${focused.outlineStyle} ${focused.outlineWidth}px, box-shadow ${focused.boxShadow})`;
  }
  if (outlineChanged && rgba(focused.outlineColor)[3] > 0) {
    const ratio = contrast(focused.outlineColor, background);
    if (ratio < 3)
      return `focus outline ${focused.outlineColor} on ${background} has a contrast of ${ratio.toFixed(2)}:1, under 3:1`;
  }
  return undefined;
}

const levelPath = '/product-management/senior-pm/';

describe.each(schemes)('a keyboard user in the %s colour scheme', (scheme) => {
  const open = async (path: string, screen: keyof typeof screens = 'desktop') => {
    const context = await sample.browser.newContext({ colorScheme: scheme, viewport: screens[screen] });
    const page = await context.newPage();
    await page.goto(new URL(path.slice(1), sample.server.url).href);
    return page;
  };

  it('reaches the skip link with the first Tab, and the skip link moves focus to the main content', async () => {
    const page = await open(levelPath);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues in the content, past the header's links.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.context().close();
  });

  it.each([
    { name: 'a level page', path: levelPath, screen: 'desktop' as const },
    { name: 'a level page on a phone', path: levelPath, screen: 'phone' as const },
    // On a phone the matrix scrolls sideways under a sticky column of theme names.
    { name: 'the matrix page on a phone', path: '/product-management/matrix/', screen: 'phone' as const },
    { name: 'the search page with results', path: '/search/?q=roadmap', screen: 'desktop' as const },
  ])('sees the focus, in view, on every element Tab reaches on $name', async ({ path, screen }) => {
    const page = await open(path, screen);
    if (path.startsWith('/search/'))
      await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
    const stops = await walkFocus(page, 40);
    expect(stops.length).toBeGreaterThan(20);
    const problems = stops.flatMap((stop) => {
      const problem = focusProblem(stop);
      return problem ? [`${stop.description}: ${problem}`] : [];
    });
    expect(problems.join('\n'), `focus indicators on ${path} (${scheme}, ${screen})`).toBe('');
    await page.context().close();
  });
});

describe('a screen reader user on a French page', () => {
  it('hears the links to each theme section named in French', async () => {
    const page = await sample.browser.newPage();
    await page.goto(new URL('fr/product-management/senior-pm/', sample.server.url).href);
    expect(await page.getByRole('link', { name: 'Stratégie : lien vers cette section' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /link to this section/ }).count()).toBe(0);
    await page.close();
  });
});
