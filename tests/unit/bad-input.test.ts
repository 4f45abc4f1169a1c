import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { checkWith, writeLadder } from '../support/ladder-files.ts';

/*
 * The corpus of ways authors break a ladder: each folder of tests/fixtures/bad-input/ holds
 * files laid over a small valid ladder (and `remove.txt`, files to delete), and the exact
 * report `npm run check` must print (`expected.txt`).
 */
const corpus = join(projectRoot, 'tests/fixtures/bad-input');

interface BadInput {
  name: string;
  overrides: Record<string, Uint8Array | null>;
  expected: string[];
}

function readCase(name: string): BadInput {
  const dir = join(corpus, name);
  const overrides: Record<string, Uint8Array | null> = {};
  const content = join(dir, 'content');
  if (existsSync(content)) {
    for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
      const path = join(content, file);
      if (file.includes('.')) overrides[file.split('\\').join('/')] = readFileSync(path);
    }
  }
  const removeList = join(dir, 'remove.txt');
  if (existsSync(removeList)) {
    for (const file of readFileSync(removeList, 'utf8').split('\n').filter(Boolean)) overrides[file] = null;
  }
  const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trimEnd().split('\n');
  return { name, overrides, expected };
}

const cases = readdirSync(corpus).sort().map(readCase);

describe('the bad-input corpus', () => {
  it('holds at least fifteen distinct ways to break a ladder', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases.map((c) => [c.name, c] as const))('reports %s with its pinned message', (_, badInput) => {
    const result = checkWith(badInput.overrides);
    expect(result.lines).toEqual(badInput.expected);
    expect(result.failed).toBe(true);
  });

  it('reports every problem in one run when several are present, without a stack trace', () => {
    // Cases that touch different files can share one ladder; a missing settings file would
    // hide the rest, so it runs on its own above.
    const used = new Set<string>();
    const merged: Record<string, Uint8Array | null> = {};
    const expected: string[] = [];
    for (const badInput of cases) {
      const paths = Object.keys(badInput.overrides);
      if (paths.includes('settings.yaml') || paths.some((path) => used.has(path))) continue;
      for (const path of paths) used.add(path);
      Object.assign(merged, badInput.overrides);
      expected.push(...badInput.expected);
    }
    expect(expected.length).toBeGreaterThanOrEqual(15);

    const ladder = writeLadder(merged);
    try {
      const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/check.ts')], {
        cwd: ladder.root,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      const printed = run.stdout.trimEnd().split('\n');
      for (const line of expected) expect(printed).toContain(line);
      expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(printed.at(-1)).toMatch(/^\d+ errors, \d+ warnings?\.$/);
    } finally {
      ladder.cleanup();
    }
  });
});
