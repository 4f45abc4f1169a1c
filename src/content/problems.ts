/** One mistake in the content, located precisely enough for an author to fix it. */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file; 1 when the problem concerns the file as a whole. */
  line: number;
  /** Dotted path of the field concerned, such as `expectations.discovery.behaviours`. */
  field?: string;
  /** What is wrong and how to fix it, written for the author. */
  message: string;
  /** Errors stop the build; warnings are printed and let it go on. */
  severity: 'error' | 'warning';
}

/** Orders problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message),
  );
}

/** Formats one problem as `path:line: message`, the shape editors and terminals link. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const field = problem.field ? `${problem.field}: ` : '';
  return `${problem.file}:${problem.line}: ${prefix}${field}${problem.message}`;
}

/** Formats a whole report: every problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map(formatProblem);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    errors + warnings === 0
      ? 'No problems found.'
      : `${count(errors, 'error')}, ${count(warnings, 'warning')}.`,
  );
  return lines.join('\n');
}
