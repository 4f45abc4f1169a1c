// `npm run check`: validates the ladder's content without building, reports every problem
// as `path:line: message`, and exits 1 when there is an error.
// `npm run check -- --strict-translations` also fails on missing or outdated translations.
import { checkLadder } from '../src/content/check.ts';
import { resolveContentDir } from '../src/content/paths.ts';
import { formatReport } from '../src/content/problems.ts';

const root = process.cwd();
const contentDir = resolveContentDir(root);
const strictTranslations = process.argv.includes('--strict-translations');
const { problems, failed } = checkLadder(root, contentDir, { strictTranslations });
console.log(formatReport(problems));
process.exitCode = failed ? 1 : 0;
