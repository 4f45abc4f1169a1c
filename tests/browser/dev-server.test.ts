import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { chromiumArgs } from '../support/chromium.ts';
import { writeLadder } from '../support/ladder-files.ts';
import { pngSize } from '../support/png.ts';

/*
 * An author editing a ladder all day in `npm run dev`: every save shows, a mistake shows
 * Echelon's report in the overlay, and the page comes back on the fix, settings included.
 */

/** A free port on this machine. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 4399));
    });
  });
}

const ladder = writeLadder();
let dev: ChildProcess;
let browser: Browser;
let baseUrl = '';
let output = '';

/** Replaces text in a file of the ladder being served. */
function change(path: string, from: string, to: string) {
  const file = join(ladder.contentDir, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

/** The text of the page, or of the error overlay when the dev server shows one, with code marks removed. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    // The overlay is filled from the dev server's socket just after the page loads.
    for (let wait = 0; wait < 20; wait++) {
      const overlay = document.querySelector('vite-error-overlay');
      const text = overlay ? (overlay.shadowRoot?.textContent ?? '') : (document.body?.textContent ?? '');
      if (text.trim() && (!overlay || text.includes('ladder has'))) return text;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return document.body?.textContent ?? '';
  });
}

/** Settles with `promise`, or fails after `ms`: a browser call that hangs must not eat the test. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`no answer in ${ms} ms`)), ms)),
  ]);
}

/**
 * Loads a page in a fresh tab until its text (or the error overlay's) contains `expected`, for
 * up to a minute; returns the last text read.
 */
async function waitForText(path: string, expected: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  let text = '';
  while (Date.now() < deadline) {
    let page: Page | undefined;
    try {
      page = await within(browser.newPage(), 10_000);
      await within(page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' }), 10_000);
      text = (await within(pageText(page), 10_000)).replaceAll('`', '');
      if (text.includes(expected)) return text;
    } catch {
      // The dev server reloaded the page while it was read, or did not answer: read it again.
    } finally {
      page?.close().catch(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return text;
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      // Another dev server of the project (the author's own) may be running: start beside it.
      '--ignore-lock',
    ],
    {
      cwd: projectRoot,
      env: {
        // Vitest's own variables (VITEST, NODE_ENV=test) make Astro's dev server serve no pages.
        ...Object.fromEntries(
          Object.entries(process.env).filter(([name]) => !/^(VITEST.*|TEST|NODE_ENV)$/.test(name)),
        ),
        ECHELON_CONTENT: ladder.contentDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    },
  );
  dev.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  dev.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
  for (let attempt = 0; attempt < 100 && !output.includes('watching for file changes'); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // The first load waits for Vite to optimise its dependencies (and may reload once): get it
  // behind us so that each test measures an edit, not the server's start.
  await waitForText('/', 'Product ladder');
});

afterAll(async () => {
  if (process.env.DEBUG_DEV) console.log(output);
  await browser?.close();
  dev?.kill();
  ladder.cleanup();
});

describe('npm run dev while an author edits the ladder', { timeout: 120_000 }, () => {
  it("draws a page's share card on request, since only a build writes cards itself", async () => {
    const response = await fetch(`${baseUrl}/cards/product/pm.png`, { signal: AbortSignal.timeout(60_000) });
    expect(response.status, output).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });

  it('shows a saved edit on the next load', async () => {
    change('levels/product/pm.md', 'title: Product manager', 'title: Product manager, squads');
    expect(await waitForText('/product/pm/', 'Product manager, squads')).toContain('Product manager, squads');
  });

  it("shows Echelon's report, with the file and line, for a misspelt track, and the page again on the fix", async () => {
    change('levels/product/pm.md', 'track: product', 'track: prodcut');
    const overlay = await waitForText('/product/pm/', 'unknown track');
    expect(overlay).toContain(
      // The overlay shows code in its own style, without the backticks of the terminal report.
      'content/levels/product/pm.md:3: track: unknown track prodcut. Did you mean product?',
    );
    expect(output).toContain('content/levels/product/pm.md:3: track: unknown track `prodcut`');
    change('levels/product/pm.md', 'track: prodcut', 'track: product');
    expect(await waitForText('/product/pm/', 'Product manager, squads')).toContain(
      'Interviews five customers',
    );
  });

  it('picks up content edits after the settings are edited, twice', async () => {
    change('settings.yaml', 'title: Product ladder', 'title: Product ladder, edited');
    expect(await waitForText('/', 'Product ladder, edited')).toContain('Product ladder, edited');
    change('levels/product/pm.md', 'Interviews five customers a month.', 'Interviews six customers a month.');
    expect(await waitForText('/product/pm/', 'six customers')).toContain('six customers');
    change('settings.yaml', 'title: Product ladder, edited', 'title: Product ladder, edited twice');
    expect(await waitForText('/', 'edited twice')).toContain('edited twice');
    change(
      'levels/product/pm.md',
      'Interviews six customers a month.',
      'Interviews seven customers a month.',
    );
    expect(await waitForText('/product/pm/', 'seven customers')).toContain('seven customers');
  });

  it('shows a YAML mistake in the settings with its line, and recovers on the fix', async () => {
    change('settings.yaml', 'organisation:\n  name: Acme', 'organisation:\n  name: [Acme');
    const overlay = await waitForText('/', 'YAML syntax error');
    expect(overlay).toMatch(/content\/settings\.yaml:\d+: YAML syntax error/);
    change('settings.yaml', 'name: [Acme', 'name: Acme');
    expect(await waitForText('/', 'Product ladder, edited twice')).toContain('Acme');
  });

  it('reads a save that empties the file before writing it as one save, not as an empty file', async () => {
    const file = join(ladder.contentDir, 'settings.yaml');
    const text = readFileSync(file, 'utf8');
    const before = output.length;
    writeFileSync(file, '');
    await new Promise((resolve) => setTimeout(resolve, 40));
    writeFileSync(file, text.replace('edited twice', 'edited thrice'));
    expect(await waitForText('/', 'edited thrice')).toContain('edited thrice');
    expect(output.slice(before)).not.toContain('is empty');
  });
});
