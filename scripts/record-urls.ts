// `npm run urls:record`: writes every URL the ladder serves now (pages and the former URLs of
// renamed entries) to content/published-urls.txt. Run it after publishing new pages and
// commit the file: from then on, a build that would lose one of these URLs fails.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLadder } from '../src/content/check.ts';
import { resolveContentDir } from '../src/content/paths.ts';
import { formatReport } from '../src/content/problems.ts';
import { publishedUrlsFile, publishedUrlsText, servedPaths } from '../src/content/published.ts';

const root = process.cwd();
const contentDir = resolveContentDir(root);
const { source, problems } = checkLadder(root, contentDir);
const errors = problems.filter((p) => p.severity === 'error');
// Recording over errors would bless the broken state; except the published-URL errors
// themselves when the author deliberately removed pages: those are what this rewrites.
const blocking = errors.filter((p) => !p.file.endsWith(publishedUrlsFile));
if (!source || blocking.length > 0) {
  console.log(formatReport(blocking));
  console.log('Fix these first: the list of URLs is recorded from valid content only.');
  process.exitCode = 1;
} else {
  const paths = servedPaths(source);
  writeFileSync(join(contentDir, publishedUrlsFile), publishedUrlsText(paths));
  console.log(`Recorded ${paths.length} URLs in ${join(contentDir, publishedUrlsFile)}.`);
}
