// `npm run new -- ladder --name "Acme" --locale de --tracks "Engineering,Design"`: replaces the
// ladder in content/ (or ECHELON_CONTENT) with a minimal one for a new company; a flag left out
// is asked for in a terminal, and named as missing elsewhere (CI has no one to answer).
// `npm run new -- level|theme|track|guide|translation <name>`: writes one file with every field
// commented, at its place, never over an existing file. The logic lives in src/scaffold/.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { checkLadder } from '../src/content/check.ts';
import { displayPath } from '../src/content/files.ts';
import { resolveContentDir } from '../src/content/paths.ts';
import { formatReport } from '../src/content/problems.ts';
import { scaffoldKinds } from '../src/scaffold/file.ts';
import {
  isLadderEntry,
  ladderAnswerProblems,
  ladderQuestions,
  newLadderFiles,
  splitTracks,
} from '../src/scaffold/ladder.ts';
import { newFile } from '../src/scaffold/new-file.ts';

const root = process.cwd();
const contentDir = resolveContentDir(root);
const shown = `${displayPath(root, contentDir) || '.'}/`;

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    locale: { type: 'string' },
    tracks: { type: 'string' },
    track: { type: 'string' },
    yes: { type: 'boolean' },
  },
});
const [kind, name] = positionals;

/**
 * Asks one question in the terminal. Lines are read through one buffered iterator, so answers
 * typed or pasted ahead of their question are kept rather than dropped.
 */
let lines: AsyncIterator<string> | undefined;
async function ask(question: string): Promise<string> {
  lines ??= createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  process.stdout.write(question);
  const next = await lines.next();
  return next.done ? '' : String(next.value).trim();
}

/** Asks the questions whose flags are missing, when someone is at a terminal to answer. */
async function askMissing(answers: Record<keyof typeof ladderQuestions, string | undefined>) {
  const keys = Object.keys(ladderQuestions) as (keyof typeof ladderQuestions)[];
  const missing = keys.filter((key) => !answers[key]);
  if (missing.length === 0 || !process.stdin.isTTY) return answers;
  for (const key of missing) answers[key] = await ask(`${ladderQuestions[key]}: `);
  return answers;
}

async function newLadder() {
  const answers = await askMissing({ name: values.name, locale: values.locale, tracks: values.tracks });
  const problems = ladderAnswerProblems(answers);
  if (problems.length > 0) {
    if (!process.stdin.isTTY) console.log('No terminal to ask in (as in CI): give every flag.');
    console.log(problems.join('\n'));
    console.log('Usage: npm run new -- ladder --name "Acme" --locale de --tracks "Engineering,Design"');
    process.exitCode = 1;
    return;
  }
  const existing = existsSync(contentDir) ? readdirSync(contentDir).filter(isLadderEntry) : [];
  if (existing.length > 0 && process.stdin.isTTY && !values.yes) {
    const reply = await ask(`This replaces the ladder in ${shown} (${existing.join(', ')}). Go on? [y/N] `);
    if (!/^y(es)?$/i.test(reply.trim())) {
      console.log('Nothing was changed.');
      return;
    }
  }
  for (const entry of existing) rmSync(join(contentDir, entry), { recursive: true, force: true });
  const files = newLadderFiles({
    name: answers.name?.trim() ?? '',
    locale: answers.locale?.trim() ?? '',
    tracks: splitTracks(answers.tracks ?? ''),
  });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  if (existing.length > 0) console.log(`Removed from ${shown}: ${existing.join(', ')}.`);
  console.log(`Wrote ${files.size} files in ${shown}:`);
  for (const path of files.keys()) console.log(`  ${path}`);
  const { problems: found, failed } = checkLadder(root, contentDir);
  console.log(formatReport(found));
  console.log(
    'Replace every "To write:" line, then run npm run build. Files in public/ (the logo) are yours too.',
  );
  process.exitCode = failed ? 1 : 0;
}

function newOne() {
  const result = newFile(root, contentDir, {
    kind: kind as (typeof scaffoldKinds)[number],
    name,
    track: values.track,
    locale: values.locale,
  });
  if ('error' in result) {
    console.log(result.error);
    process.exitCode = 1;
    return;
  }
  const absolute = join(contentDir, result.path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, result.text, { flag: 'wx' });
  console.log(
    `Wrote ${shown}${result.path}: fill in the empty fields, uncomment the optional ones you need, then run npm run check.`,
  );
}

if (kind === 'ladder') {
  await newLadder();
  // The terminal reader would otherwise keep the process waiting for more input.
  process.stdin.destroy();
} else if ((scaffoldKinds as readonly string[]).includes(kind)) newOne();
else {
  console.log(`Usage: npm run new -- ladder | ${scaffoldKinds.join(' | ')} <name>`);
  process.exitCode = 1;
}
