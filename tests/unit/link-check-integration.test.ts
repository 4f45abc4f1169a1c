import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Whether the built site counts as large: the check then waits for the other steps to end.
const size = vi.hoisted(() => ({ large: false }));
vi.mock('../../src/integrations/site-size.ts', () => ({ isLargeSite: () => size.large }));

// The real check, watched: the tests see when the integration starts it.
const reading = vi.hoisted(() => ({ started: 0 }));
vi.mock('../../src/checks/links.ts', async (original) => {
  const links = await original<typeof import('../../src/checks/links.ts')>();
  return {
    ...links,
    findBrokenLinks: (...args: Parameters<typeof links.findBrokenLinks>) => {
      reading.started++;
      return links.findBrokenLinks(...args);
    },
  };
});

const { linkCheck } = await import('../../src/integrations/link-check.ts');
const { finishStepsAlongside } = await import('../../src/integrations/alongside.ts');

/** A scratch folder for the built site and the cache; the project is this repository. */
let scratch: string;
let dist: string;
let logger: { info: ReturnType<typeof vi.fn>; warn: ReturnType<typeof vi.fn> };

/** Writes built pages into the output folder. */
function writePages(pages: Record<string, string>) {
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), `<html lang="en"><body><main>${body}</main></body></html>`);
  }
}

/** Three pages that link to each other, every link resolving. */
const site = {
  'index.html': '<a href="/design/">Design</a> <a href="/guides/faq/#pay">Pay</a>',
  'design/index.html': '<a href="/">Home</a>',
  'guides/faq/index.html': '<h2 id="pay">Pay</h2>',
};

/** Runs the integration's hooks as `astro build` does, up to the end of the build. */
async function build(): Promise<void> {
  const { hooks } = linkCheck();
  // The project root is this repository: the cache's fingerprint is read from its source.
  const config = { root: pathToFileURL(`${process.cwd()}/`), base: '/', site: 'https://ladder.example' };
  const asConfig = config as unknown as AstroConfig;
  await hooks['astro:config:setup']?.({ config: asConfig } as never);
  await hooks['astro:config:done']?.({ config: asConfig } as never);
  await hooks['astro:build:done']?.({
    dir: pathToFileURL(`${dist}/`),
    logger: logger as unknown as AstroIntegrationLogger,
  } as never);
}

/** What the check logged when it passed. */
const passed = () => logger.info.mock.calls.map(([line]) => line as string);

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'echelon-link-check-'));
  dist = join(scratch, 'dist');
  vi.stubEnv('ECHELON_CACHE_DIR', join(scratch, 'cache'));
  logger = { info: vi.fn(), warn: vi.fn() };
  reading.started = 0;
});

afterEach(async () => {
  // A test that failed halfway leaves no step for the next one.
  await finishStepsAlongside().catch(() => {});
  size.large = false;
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the link check at the end of a build', () => {
  it('starts reading the pages of a small site at once, while the steps after it run', async () => {
    writePages(site);
    await build();
    expect(reading.started).toBe(1);
    await finishStepsAlongside();
    expect(passed()).toEqual(['links: every internal link, image and anchor resolves']);
  });

  it('waits for every other step before reading the pages of a large site', async () => {
    size.large = true;
    writePages(site);
    await build();
    expect(reading.started).toBe(0);
    await finishStepsAlongside();
    expect(reading.started).toBe(1);
    expect(passed()).toEqual(['links: every internal link, image and anchor resolves']);
  });

  it('fails the build with the broken link, whether the site is small or large', async () => {
    for (const large of [false, true]) {
      size.large = large;
      writePages({ ...site, 'design/index.html': '<a href="/design/senior/">Senior</a>' });
      await build();
      const failure = await finishStepsAlongside().then(
        () => 'passed',
        (error: Error) => error.message,
      );
      expect(failure).toContain('1 broken link(s)');
      expect(failure).toContain('/design/senior/');
    }
  });

  it('says how many pages a rebuild read again, and when none changed', async () => {
    writePages(site);
    await build();
    await finishStepsAlongside();
    await build();
    await finishStepsAlongside();
    writePages({ 'design/index.html': '<a href="/">Home</a> <a href="/guides/faq/">FAQ</a>' });
    await build();
    await finishStepsAlongside();
    expect(passed()).toEqual([
      'links: every internal link, image and anchor resolves',
      'links: every internal link, image and anchor resolves (no page changed since the last build)',
      'links: every internal link, image and anchor resolves (1 changed page(s) read, 2 unchanged since the last build)',
    ]);
  });
});
