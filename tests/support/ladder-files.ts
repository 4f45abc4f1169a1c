import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkLadder } from '../../src/content/check.ts';
import { formatProblem, sortProblems } from '../../src/content/problems.ts';
import { laddersFromSource } from '../../src/ladder/from-source.ts';
import type { Ladder } from '../../src/ladder/model.ts';

/** A small valid ladder: one track, two levels, two themes, a guide. Tests override files. */
export const validLadder: Record<string, string> = {
  'settings.yaml': `organisation:
  name: Acme
title: Product ladder
description: How product managers grow at Acme.
url: https://careers.acme.example/
`,
  'tracks/product.yaml': `title: Product management
kind: individual-contributor
summary: Product managers who own a problem space.
`,
  'themes/discovery.md': `---
title: Discovery
group: hard
importance: essential
summary: Finding the problems worth solving.
---
Discovery at Acme means talking to customers every week.
`,
  'themes/empathy.md': `---
title: Empathy
group: soft
importance: important
summary: Understanding users and colleagues.
---
`,
  'levels/product/pm.md': `---
title: Product manager
track: product
rank: 1
code: P1
summary: Owns one problem for one squad.
scope: A squad and its backlog.
expectations:
  discovery:
    behaviours:
      - Interviews five customers a month.
    examples:
      - situation: Churn rose among bakeries.
        action: Called twelve of them in a week.
        outcome: Found the invoice export bug behind it.
  empathy:
    behaviours:
      - Reads every support ticket about their area.
---
`,
  'levels/product/senior-pm.md': `---
title: Senior product manager
track: product
rank: 2
code: P2
summary: Owns a product area across squads.
scope: Two squads.
expectations:
  discovery:
    behaviours:
      - Plans discovery for two squads.
  empathy:
    behaviours:
      - Spends a day a quarter with the support team.
---
`,
  'guides/faq.md': `---
title: FAQ
description: Questions people ask.
---
## Who writes the ladder?
The product leadership team.
`,
};

/**
 * Writes a ladder to a temporary content folder: the valid ladder above, with files
 * replaced (a string) or removed (null). Returns the folder and a cleanup function.
 */
export function writeLadder(overrides: Record<string, string | Uint8Array | null> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'echelon-ladder-'));
  const contentDir = join(root, 'content');
  const files = { ...validLadder, ...overrides };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    const file = join(contentDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { root, contentDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Checks a ladder built from the valid one with overrides; returns the report lines. */
export function checkWith(overrides: Record<string, string | Uint8Array | null> = {}) {
  const ladder = writeLadder(overrides);
  try {
    const result = checkLadder(ladder.root, ladder.contentDir);
    return { ...result, lines: sortProblems(result.problems).map(formatProblem) };
  } finally {
    ladder.cleanup();
  }
}

/** Replaces one piece of text in a file of the valid ladder. */
export function edit(path: string, from: string, to: string): Record<string, string> {
  const text = validLadder[path];
  if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  return { [path]: text.replace(from, to) };
}

/**
 * Builds the ladder model from the valid ladder with overrides, through the same checks as
 * the build, in the default language unless another is given.
 */
export function ladderFrom(overrides: Parameters<typeof writeLadder>[0] = {}, locale?: string): Ladder {
  const files = writeLadder(overrides);
  try {
    const { source, failed, problems } = checkLadder(files.root, files.contentDir);
    if (!source || failed) throw new Error(problems.map((p) => p.message).join('\n'));
    const ladders = laddersFromSource(source);
    const ladder = locale ? ladders.find((l) => l.locale === locale) : ladders[0];
    if (!ladder) throw new Error(`the ladder has no locale ${locale}`);
    return ladder;
  } finally {
    files.cleanup();
  }
}
