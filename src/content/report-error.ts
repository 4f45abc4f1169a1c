import { AstroError } from 'astro/errors';
import { formatReport, type Problem } from './problems.ts';

/**
 * An error Astro prints as its message and hint alone. The stack is dropped on purpose: it
 * would point into Echelon, not at what the author has to fix, and Astro prints a stack
 * trace whenever an error has one.
 */
export function reportError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}

/**
 * The error that stops a build, or fills the dev overlay, when the content has errors: the
 * same lines `npm run check` prints (file, line, field, fix), errors only. Warnings are
 * logged on their own, so a long list of them never hides the error that stopped the build.
 */
export function contentError(problems: readonly Problem[]): AstroError {
  const errors = problems.filter((problem) => problem.severity === 'error');
  return reportError(
    `The ladder has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`} to fix:\n${formatReport(errors)}`,
    'Fix each line above in the file it names and save. `npm run check` prints the same report.',
  );
}
