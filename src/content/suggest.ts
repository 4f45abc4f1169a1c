/**
 * Edit distance between two strings, counting insertions, deletions, substitutions and
 * swaps of two neighbouring letters (the commonest typo) as one edit each.
 */
function distance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
      }
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/**
 * The known name closest to a misspelt one, if it is close enough to be a likely typo
 * (at most a third of its letters differ, or one contains the other).
 */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const close = bestDistance <= Math.max(1, Math.floor(Math.max(name.length, best.length) / 3));
  const contained = name.length >= 3 && (best.includes(name) || name.includes(best));
  return close || contained ? best : undefined;
}

/** ` Did you mean `x`?` when a close known name exists, otherwise the list of known names. */
export function didYouMean(name: string, known: readonly string[]): string {
  const guess = closest(name, known);
  if (guess) return ` Did you mean \`${guess}\`?`;
  if (known.length === 0) return '';
  const shown = known.slice(0, 8).map((k) => `\`${k}\``);
  return ` Known: ${shown.join(', ')}${known.length > 8 ? ', ...' : ''}.`;
}
