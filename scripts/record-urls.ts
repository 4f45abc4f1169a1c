// `npm run urls:record`: adds every URL the ladder serves now (pages and the former URLs of
// renamed entries) to content/published-urls.txt, and keeps every URL already there. It refuses,
// writing nothing, when a recorded URL would disappear: forgetting one is a decision the author
// states with `--forget /path/`, `--forget-locale <code>` or `--rebase`. The rules live in
// src/content/published.ts, shared with `npm run check`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLadder } from '../src/content/check.ts';
import { displayPath } from '../src/content/files.ts';
import { resolveContentDir } from '../src/content/paths.ts';
import { formatReport } from '../src/content/problems.ts';
import {
  parsePublishedUrls,
  parseRecordArgs,
  planRecord,
  publishedUrlsFile,
  publishedUrlsText,
  servedPaths,
  urlContext,
} from '../src/content/published.ts';

const root = process.cwd();
const contentDir = resolveContentDir(root);
const absolute = join(contentDir, publishedUrlsFile);
const file = displayPath(root, absolute);

const { options, errors: argErrors } = parseRecordArgs(process.argv.slice(2));
const { source, problems } = checkLadder(root, contentDir);
// Recording over errors would bless the broken state. The published-URL errors themselves are
// left out: the plan below reports them, with the options that may resolve them.
const blocking = problems.filter((p) => p.severity === 'error' && p.file !== file);

if (argErrors.length > 0) {
  console.log(argErrors.join('\n'));
  process.exitCode = 1;
} else if (!source || blocking.length > 0) {
  console.log(formatReport(blocking));
  console.log('Fix these first: the list of URLs is recorded from valid content only.');
  process.exitCode = 1;
} else {
  const recorded = existsSync(absolute) ? parsePublishedUrls(readFileSync(absolute, 'utf8')) : [];
  const plan = planRecord(file, recorded, servedPaths(source), urlContext(source), options);
  if (plan.outcome === 'invalid') {
    console.log(plan.errors.join('\n'));
    console.log(`Nothing was written to ${file}.`);
    process.exitCode = 1;
  } else if (plan.outcome === 'refuse') {
    console.log(formatReport(plan.problems));
    console.log(
      `Nothing was written to ${file}: it only ever grows, so links already shared keep working. Follow the advice above, or drop a URL on purpose with \`npm run urls:record -- --forget /path/\`.`,
    );
    process.exitCode = 1;
  } else {
    if (plan.rebased) {
      console.log(
        `Moved the ${plan.rebased.count} recorded URLs from ${plan.rebased.from} to ${plan.rebased.to}.`,
      );
    }
    for (const locale of plan.forgottenLocales) {
      console.log(
        `Forgot the ${locale.urls.length} URLs under ${locale.prefix}: readers will get ${locale.instead}.`,
      );
    }
    for (const url of plan.forgotten) console.log(`Forgot ${url.path}: readers will get ${url.instead}.`);
    writeFileSync(absolute, publishedUrlsText(plan.paths));
    const forgotten = plan.forgotten.length + plan.forgottenLocales.reduce((n, l) => n + l.urls.length, 0);
    console.log(
      `Recorded ${plan.paths.length} URLs in ${file}: ${plan.added.length} added, ${plan.kept.length} kept, ${forgotten} forgotten.`,
    );
  }
}
