import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Pagefind runs a native binary; here it is replaced by a fake whose calls the tests check.
const pagefind = vi.hoisted(() => {
  const index = {
    addDirectory: vi.fn(),
    addHTMLFile: vi.fn(),
    addCustomRecord: vi.fn(),
    writeFiles: vi.fn(),
  };
  return { index, createIndex: vi.fn(), close: vi.fn() };
});
vi.mock('pagefind', () => ({ createIndex: pagefind.createIndex, close: pagefind.close }));

// Whether the built site counts as large, and the collection a large site's build runs.
const memory = vi.hoisted(() => ({ large: false, releaseMemory: vi.fn(() => ({ before: 0, after: 0 })) }));
vi.mock('../../src/integrations/site-size.ts', () => ({ isLargeSite: () => memory.large }));
vi.mock('../../src/integrations/release-memory.ts', () => ({ releaseMemory: memory.releaseMemory }));

const { indexSite, pagefindFileFor, pagefindSearch } = await import('../../src/integrations/pagefind.ts');

let siteDir: string;
let logger: {
  info: ReturnType<typeof vi.fn>;
  warn: ReturnType<typeof vi.fn>;
  error: ReturnType<typeof vi.fn>;
};

/** Writes built pages into the site folder: `true` marks a page for search. */
function writePages(pages: Record<string, boolean>) {
  for (const [path, marked] of Object.entries(pages)) {
    mkdirSync(join(siteDir, path, '..'), { recursive: true });
    const main = marked ? '<main data-pagefind-body>' : '<main>';
    writeFileSync(join(siteDir, path), `<html lang="en"><body>${main}<h1>${path}</h1></main></body></html>`);
  }
}

/** The pages handed to Pagefind one by one, in order. */
const addedFiles = () =>
  pagefind.index.addHTMLFile.mock.calls.map(([file]) => (file as { sourcePath: string }).sourcePath);

/** A small built site: five pages marked for search among seven. */
const site = {
  'index.html': true,
  'design/index.html': true,
  'design/senior-designer/index.html': true,
  'themes/discovery/index.html': true,
  'guides/faq/index.html': true,
  'compare/designer/senior-designer/index.html': false,
  '404.html': false,
};

/** Runs the integration's build hook as `astro build` does once the pages are written. */
function buildDone() {
  const hook = pagefindSearch().hooks['astro:build:done'];
  if (!hook) throw new Error('the integration has no astro:build:done hook');
  return hook({
    dir: pathToFileURL(`${siteDir}/`),
    logger: logger as unknown as AstroIntegrationLogger,
    pages: [],
    assets: new Map(),
  });
}

/** The message of the error a build step fails with; fails the test if it does not fail. */
async function failure(step: unknown): Promise<string> {
  const error = await Promise.resolve(step).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof Error)) throw new Error('the step did not fail');
  return error.message;
}

/** Whether Pagefind was closed after the last request the build made to it. */
function closedLast(): boolean {
  const requests = [pagefind.createIndex, ...Object.values(pagefind.index)].flatMap(
    (fn) => fn.mock.invocationCallOrder,
  );
  return (pagefind.close.mock.invocationCallOrder.at(-1) ?? 0) > Math.max(...requests);
}

/** A search script written as Pagefind ships `pagefind.js`: an ES module with readable names. */
const searchScript = `const pagefind_version = "1.6.0";
export async function search(searchTerm) {
  const matchingResults = [searchTerm, pagefind_version];
  return { results: matchingResults };
}
`;

/** The process the fake Pagefind starts, as the real one starts its binary. */
let pagefindChild: ChildProcess | undefined;

/** Makes the fake Pagefind start a real process running `script`, so the build can watch it. */
function startFakeProcess(script: string) {
  pagefind.createIndex.mockImplementation(() => {
    pagefindChild = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    return Promise.resolve({ errors: [], index: pagefind.index });
  });
}

beforeEach(() => {
  siteDir = mkdtempSync(join(tmpdir(), 'echelon-pagefind-'));
  logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  pagefind.createIndex.mockResolvedValue({ errors: [], index: pagefind.index });
  pagefind.close.mockResolvedValue(null);
  pagefind.index.addDirectory.mockResolvedValue({ errors: [], page_count: 7 });
  pagefind.index.addHTMLFile.mockResolvedValue({ errors: [], file: {} });
  pagefind.index.addCustomRecord.mockResolvedValue({ errors: [], file: {} });
  pagefind.index.writeFiles.mockImplementation(async ({ outputPath }: { outputPath: string }) => {
    // Pagefind writes an entry file listing the pages it kept per language.
    mkdirSync(outputPath, { recursive: true });
    const languages = { en: { page_count: 4 }, fr: { page_count: 1 } };
    writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages }));
    writeFileSync(join(outputPath, 'pagefind.js'), searchScript);
    return { errors: [], outputPath };
  });
});

afterEach(() => {
  memory.large = false;
  pagefindChild?.kill('SIGKILL');
  pagefindChild = undefined;
  vi.clearAllMocks();
  rmSync(siteDir, { recursive: true, force: true });
});

describe('search indexing at the end of a build', () => {
  it('hands Pagefind only the pages marked for search, in path order, and puts the index in their pagefind folder', async () => {
    writePages(site);
    await buildDone();
    expect(addedFiles()).toEqual([
      'design/index.html',
      'design/senior-designer/index.html',
      'guides/faq/index.html',
      'index.html',
      'themes/discovery/index.html',
    ]);
    expect(pagefind.index.addHTMLFile.mock.calls[0][0].content).toContain('<h1>design/index.html</h1>');
    expect(pagefind.index.addDirectory).not.toHaveBeenCalled();
    expect(pagefind.index.writeFiles).toHaveBeenCalledWith({ outputPath: join(siteDir, 'pagefind') });
    expect(closedLast()).toBe(true);
  });

  it('reads and sends the next pages while Pagefind is still indexing earlier ones', async () => {
    writePages(site);
    const answers: (() => void)[] = [];
    pagefind.index.addHTMLFile.mockImplementation(
      () => new Promise((resolve) => answers.push(() => resolve({ errors: [], file: {} }))),
    );
    const building = buildDone();
    // All five marked pages are out before Pagefind has answered any of them.
    await vi.waitFor(() => expect(pagefind.index.addHTMLFile).toHaveBeenCalledTimes(5));
    for (const answer of answers) answer();
    await building;
    expect(pagefind.index.writeFiles).toHaveBeenCalledOnce();
  });

  it('hands Pagefind each theme section of a level as a record of its own, and the level without them', async () => {
    const record = JSON.stringify({
      meta: { title: 'Discovery', kind: 'section' },
      filters: { theme: ['Discovery'] },
    });
    mkdirSync(join(siteDir, 'design/senior-designer'), { recursive: true });
    writeFileSync(
      join(siteDir, 'design/senior-designer/index.html'),
      `<html lang="en"><body><main data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="theme">Discovery</span><span data-search-section="discovery" data-search-record='${record}'></span></div><p>Owns an area.</p><section data-theme="discovery"><h3 id="discovery">Discovery</h3><p>Runs discovery.</p></section></main></body></html>`,
    );
    await buildDone();
    expect(pagefind.index.addCustomRecord).toHaveBeenCalledWith({
      url: '/design/senior-designer/#discovery',
      content: 'Runs discovery.',
      language: 'en',
      meta: { title: 'Discovery', kind: 'section' },
      filters: { theme: ['Discovery'] },
    });
    const page = pagefind.index.addHTMLFile.mock.calls[0][0].content as string;
    expect(page).toContain('<section data-theme="discovery" data-pagefind-ignore="all">');
    expect(page).not.toContain('data-pagefind-filter="theme"');
    // Pagefind counts the section with the pages; the log names it apart.
    expect(logger.info.mock.calls[0][0]).toMatch(
      /\(en: 3, fr: 1\), and 1 theme section of levels as results of their own,/,
    );
  });

  it('indexes every page, as Pagefind does by default, when no page is marked for search', async () => {
    writePages({ 'index.html': false, 'about/index.html': false });
    await buildDone();
    expect(pagefind.index.addHTMLFile).not.toHaveBeenCalled();
    expect(pagefind.index.addDirectory).toHaveBeenCalledWith({ path: expect.stringMatching(siteDir) });
  });

  it('tells the author how many pages readers can find, per language', async () => {
    writePages(site);
    await buildDone();
    expect(logger.info).toHaveBeenCalledOnce();
    expect(logger.info.mock.calls[0][0]).toMatch(/^Indexed 5 of 7 pages for search \(en: 4, fr: 1\)/);
  });

  it('fails the build with Pagefind’s message, and still closes Pagefind, when indexing reports errors', async () => {
    writePages(site);
    pagefind.index.addHTMLFile.mockResolvedValue({
      errors: ['unreadable file guides/faq/index.html'],
      file: {},
    });
    const message = await failure(buildDone());
    expect(message).toMatch(/^Pagefind could not index the pages in /);
    expect(message).toContain('unreadable file guides/faq/index.html');
    expect(pagefind.index.writeFiles).not.toHaveBeenCalled();
    expect(closedLast()).toBe(true);
  });

  it('fails the build when only the last page sent is refused', async () => {
    writePages(site);
    pagefind.index.addHTMLFile.mockImplementation(({ sourcePath }: { sourcePath: string }) =>
      sourcePath === 'themes/discovery/index.html'
        ? Promise.reject(new Error('the page is too large'))
        : Promise.resolve({ errors: [], file: {} }),
    );
    expect(await failure(buildDone())).toBe(
      `Pagefind failed while indexing the pages in ${siteDir}: the page is too large.`,
    );
    expect(pagefind.index.writeFiles).not.toHaveBeenCalled();
  });

  it('fails the build, and still closes Pagefind, when indexing throws', async () => {
    writePages(site);
    pagefind.index.addHTMLFile.mockRejectedValue(new Error('the pagefind binary crashed'));
    expect(await failure(buildDone())).toBe(
      `Pagefind failed while indexing the pages in ${siteDir}: the pagefind binary crashed.`,
    );
    expect(closedLast()).toBe(true);
  });

  it('fails the build when the index cannot be written', async () => {
    pagefind.index.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' });
    const message = await failure(buildDone());
    expect(message).toMatch(/^Pagefind could not write the index/);
    expect(message).toContain('disk full');
    expect(closedLast()).toBe(true);
  });

  it('fails the build when Pagefind reports success but writes no index', async () => {
    writePages(site);
    pagefind.index.writeFiles.mockResolvedValue({ errors: [], outputPath: join(siteDir, 'pagefind') });
    expect(await failure(buildDone())).toMatch(
      /^Pagefind could not write the index.*\n.*no pagefind-entry\.json/,
    );
  });

  it('fails the build when Pagefind cannot start', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: ['no binary for this platform'] });
    expect(await failure(buildDone())).toMatch(/no binary for this platform/);
    expect(pagefind.index.addHTMLFile).not.toHaveBeenCalled();
    expect(pagefind.index.addDirectory).not.toHaveBeenCalled();
    expect(closedLast()).toBe(true);
  });

  it('reports its error as a message and a hint, without a stack trace', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: ['no binary for this platform'] });
    const error = await Promise.resolve(buildDone()).then(
      () => undefined,
      (thrown: Error & { hint?: string }) => thrown,
    );
    expect(error?.stack).toBe('');
    expect(error?.hint).toMatch(/^Nothing was published/);
  });
});

describe('memory on a large site', () => {
  it('frees the build’s garbage before reading the pages for Pagefind, and again while it writes the index', async () => {
    writePages(site);
    memory.large = true;
    await buildDone();
    const [beforePages, whileWriting] = memory.releaseMemory.mock.invocationCallOrder;
    expect(memory.releaseMemory).toHaveBeenCalledTimes(2);
    expect(beforePages).toBeLessThan(pagefind.index.addHTMLFile.mock.invocationCallOrder[0]);
    expect(whileWriting).toBeGreaterThan(pagefind.index.writeFiles.mock.invocationCallOrder[0]);
  });

  it('indexes a small site without stopping to collect garbage', async () => {
    writePages(site);
    memory.large = false;
    await buildDone();
    expect(memory.releaseMemory).not.toHaveBeenCalled();
    expect(pagefind.index.writeFiles).toHaveBeenCalledOnce();
  });
});

describe('the search script readers download', () => {
  it('is minified after indexing, smaller and with its exports still working', async () => {
    writePages(site);
    await buildDone();
    const script = join(siteDir, 'pagefind', 'pagefind.js');
    const shipped = readFileSync(script, 'utf8');
    expect(shipped.length).toBeLessThan(searchScript.length * 0.8);
    const module = (await import(pathToFileURL(script).href)) as { search(term: string): Promise<unknown> };
    expect(await module.search('roadmap')).toEqual({ results: ['roadmap', '1.6.0'] });
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('stays as Pagefind wrote it, with a warning, when it cannot be minified', async () => {
    writePages(site);
    const unreadable = 'export const search = (;';
    pagefind.index.writeFiles.mockImplementation(async ({ outputPath }: { outputPath: string }) => {
      mkdirSync(outputPath, { recursive: true });
      writeFileSync(
        join(outputPath, 'pagefind-entry.json'),
        JSON.stringify({ languages: { en: { page_count: 5 } } }),
      );
      writeFileSync(join(outputPath, 'pagefind.js'), unreadable);
      return { errors: [], outputPath };
    });
    await buildDone();
    expect(readFileSync(join(siteDir, 'pagefind', 'pagefind.js'), 'utf8')).toBe(unreadable);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Search works, but its script was left at full size: it could not be minified \(Unexpected/,
      ),
    );
  });
});

describe('a Pagefind process that dies or hangs', () => {
  it('fails the build naming the signal when the process is killed mid-indexing and never answers', async () => {
    writePages(site);
    startFakeProcess('setTimeout(() => {}, 60_000)');
    pagefind.index.addHTMLFile.mockImplementation(() => {
      pagefindChild?.kill('SIGKILL');
      return new Promise(() => {});
    });
    expect(await failure(buildDone())).toMatch(
      new RegExp(
        `^Pagefind stopped while indexing the pages in ${siteDir}: its process was killed by SIGKILL`,
      ),
    );
    expect(closedLast()).toBe(true);
  });

  it('fails the build naming the signal when the process is killed and the request is rejected', async () => {
    writePages(site);
    startFakeProcess('setTimeout(() => {}, 60_000)');
    pagefind.index.addHTMLFile.mockImplementation(() => {
      pagefindChild?.kill('SIGKILL');
      return Promise.reject(new Error('Pagefind backend closed'));
    });
    expect(await failure(buildDone())).toMatch(
      /^Pagefind failed while indexing the pages in .*: Pagefind backend closed; its process was killed by SIGKILL/,
    );
  });

  it('fails the build with the exit status when the process exits while writing the index', async () => {
    writePages(site);
    startFakeProcess('setTimeout(() => process.exit(101), 100)');
    pagefind.index.writeFiles.mockImplementation(() => new Promise(() => {}));
    expect(await failure(buildDone())).toMatch(
      /^Pagefind stopped while writing the index to .*: its process exited with status 101; its own message, such as StorageFull/,
    );
  });

  it('fails the build instead of waiting forever when Pagefind stops answering', async () => {
    writePages(site);
    pagefind.index.addHTMLFile.mockImplementation(() => new Promise(() => {}));
    const indexing = indexSite(siteDir, logger as unknown as AstroIntegrationLogger, { timeoutMs: 50 });
    expect(await failure(indexing)).toMatch(
      /^Pagefind did not answer for 50 ms while indexing the pages in /,
    );
    expect(closedLast()).toBe(true);
  });
});

describe('search in the dev server', () => {
  it('serves the last build’s index under the site’s base path, and nothing outside it', () => {
    mkdirSync(join(siteDir, 'pagefind'), { recursive: true });
    writeFileSync(join(siteDir, 'pagefind', 'pagefind.js'), '');
    writeFileSync(join(siteDir, 'secret.txt'), '');
    expect(pagefindFileFor('/ladder/pagefind/pagefind.js?import', '/ladder/', siteDir)).toBe(
      join(siteDir, 'pagefind', 'pagefind.js'),
    );
    expect(pagefindFileFor('/pagefind/pagefind.js', '/ladder/', siteDir)).toBeUndefined();
    expect(pagefindFileFor('/ladder/pagefind/missing.js', '/ladder/', siteDir)).toBeUndefined();
    expect(pagefindFileFor('/ladder/pagefind/%2e%2e/secret.txt', '/ladder/', siteDir)).toBeUndefined();
  });
});
