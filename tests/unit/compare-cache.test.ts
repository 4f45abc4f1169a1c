import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cachedComparison,
  finishComparisonStore,
  readComparisonFile,
  restoreChanges,
  startComparisonStore,
  storeChange,
} from '../../src/compare/cache.ts';
import { type BehaviourChange, diffBehaviours } from '../../src/compare/diff.ts';
import { comparingSource, comparisonCache } from '../../src/integrations/comparison-cache.ts';
import { projectRoot } from '../support/build-site.ts';

const lower = ['Runs discovery for the team’s roadmap.', 'Writes clear specs.'];
const higher = ['Runs discovery for the product area’s roadmap.', 'Coaches others on specs.'];

let folder: string;
let file: string;
/** `diffBehaviours`, counting its calls. */
let calls: number;
const counted = (from: readonly string[], to: readonly string[]): BehaviourChange[] => {
  calls++;
  return diffBehaviours(from, to);
};

/** One build: starts the store from the file, compares the lists, writes the file back. */
function build(fingerprint = 'code v1', lists: [string[], string[]][] = [[lower, higher]]) {
  startComparisonStore(file, fingerprint);
  const results = lists.map(([from, to]) => cachedComparison(from, to, counted));
  const counts = finishComparisonStore(file);
  return { results, counts };
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'echelon-comparisons-'));
  file = join(folder, 'comparisons.json');
  calls = 0;
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the comparison cache', () => {
  it("serves a build's comparisons from the moment its configuration is done, when the share cards are planned", async () => {
    vi.stubEnv('ECHELON_CACHE_DIR', folder);
    try {
      const stored = join(folder, 'echelon-comparisons', 'comparisons.json');
      mkdirSync(dirname(stored), { recursive: true });
      // The build before wrote this comparison.
      startComparisonStore(stored, comparingSource(projectRoot));
      cachedComparison(lower, higher, counted);
      finishComparisonStore(stored);
      calls = 0;
      const { hooks } = comparisonCache();
      const setup = hooks['astro:config:setup'] as (options: unknown) => void;
      setup({ config: { root: pathToFileURL(`${projectRoot}/`) }, command: 'build' });
      (hooks['astro:config:done'] as (options: unknown) => void)({});
      // The cards are planned now, before the build starts: the comparison is read, not made.
      cachedComparison(lower, higher, counted);
      expect(calls).toBe(0);
    } finally {
      finishComparisonStore(undefined);
      vi.unstubAllEnvs();
    }
  });

  it('starts no store for the dev server, which never finishes a build to save it', () => {
    vi.stubEnv('ECHELON_CACHE_DIR', folder);
    try {
      const { hooks } = comparisonCache();
      const setup = hooks['astro:config:setup'] as (options: unknown) => void;
      setup({ config: { root: pathToFileURL(`${projectRoot}/`) }, command: 'dev' });
      (hooks['astro:config:done'] as (options: unknown) => void)({});
      expect(finishComparisonStore(undefined)).toBeUndefined();
    } finally {
      finishComparisonStore(undefined);
      vi.unstubAllEnvs();
    }
  });

  it('compares in the first build and reads the same answer back in the next one', () => {
    const first = build();
    expect(first.counts).toEqual({ computed: 1, fromCache: 0 });
    const second = build();
    expect(second.counts).toEqual({ computed: 0, fromCache: 1 });
    expect(calls).toBe(1);
    expect(second.results).toEqual(first.results);
    expect(second.results[0]).toEqual(diffBehaviours(lower, higher));
  });

  it('compares each pair of lists once within a build, however many pages ask', () => {
    const { counts } = build('code v1', [
      [lower, higher],
      [lower, higher],
      [higher, lower],
    ]);
    expect(counts).toEqual({ computed: 2, fromCache: 0 });
    expect(calls).toBe(2);
  });

  it('compares afresh when one behaviour changes', () => {
    build();
    const edited = [higher[0], 'Coaches the whole design team on specs.'];
    const { counts, results } = build('code v1', [[lower, edited]]);
    expect(counts).toEqual({ computed: 1, fromCache: 0 });
    expect(results[0]).toEqual(diffBehaviours(lower, edited));
  });

  it('ignores a file written by other comparing code', () => {
    build('code v1');
    expect(build('code v2').counts).toEqual({ computed: 1, fromCache: 0 });
  });

  it('ignores a truncated file or an edited entry, and compares again', () => {
    build();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.length - 10));
    expect(build().counts).toEqual({ computed: 1, fromCache: 0 });

    // The entry now says the first line was added, not reworded: the digest no longer matches.
    const sound = readFileSync(file, 'utf8');
    writeFileSync(file, sound.replace('"reworded"', '"added"'));
    expect(readComparisonFile(file, 'code v1').size).toBe(0);
    const { counts, results } = build();
    expect(counts).toEqual({ computed: 1, fromCache: 0 });
    expect(results[0][0].kind).toBe('reworded');
  });

  it('keeps only the comparisons of the last build in the file', () => {
    build('code v1', [
      [lower, higher],
      [higher, lower],
    ]);
    build('code v1', [[lower, higher]]);
    expect(readComparisonFile(file, 'code v1').size).toBe(1);
  });

  it('still compares, once per pair, outside a build', () => {
    const first = cachedComparison(lower, higher, counted);
    const again = cachedComparison(lower, higher, counted);
    expect(again).toBe(first);
    expect(calls).toBe(1);
  });

  it('stores every kind of change by the index of its sentences, and restores it whole', () => {
    const from = [
      'Writes clear specs.',
      'Runs discovery for the team’s roadmap.',
      'Joins the on-call rota.',
      'Fixes bugs.',
    ];
    const to = [
      'Runs discovery for the product area’s roadmap.',
      'Writes clear specs.',
      'Sets the quarterly goals with the design lead.',
      'Fixes bugs quickly and explains the root cause to the whole group of engineers.',
    ];
    const changes = diffBehaviours(from, to);
    expect(new Set(changes.map((change) => change.kind))).toEqual(
      new Set(['unchanged', 'reworded', 'added', 'removed']),
    );
    expect(changes.some((change) => change.kind === 'reworded' && change.inline)).toBe(true);
    expect(changes.some((change) => change.kind === 'reworded' && !change.inline)).toBe(true);
    const stored = JSON.parse(JSON.stringify(changes.map((change) => storeChange(change, from, to))));
    expect(JSON.stringify(stored)).not.toContain('Joins the on-call rota');
    expect(restoreChanges(stored, from, to)).toEqual(changes);
    // An entry that points past the lists it is given is compared again, never shown.
    expect(restoreChanges(stored, from.slice(0, 1), to)).toBeUndefined();
  });
});
