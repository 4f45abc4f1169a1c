// `npm run check`: validates the ladder's content without building, reports every problem
// as `path:line: message`, and exits 1 when there is an error.
import { checkLadder } from '../src/content/check.ts';
import { resolveContentDir } from '../src/content/paths.ts';
import { formatReport } from '../src/content/problems.ts';

const root = process.cwd();
const contentDir = resolveContentDir(root);
const { problems, failed } = checkLadder(root, contentDir);
console.log(formatReport(problems));
process.exitCode = failed ? 1 : 0;
