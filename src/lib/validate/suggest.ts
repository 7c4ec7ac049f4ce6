/**
 * "Did you mean …?" for a mistyped field name, id or list value. Most editor
 * mistakes are a letter or two out, or a space where a hyphen goes, so the
 * nearest candidate by edit distance is usually the one they meant.
 */

/** The candidate closest to `value`, if it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalise(value);
  if (!wanted) return undefined;
  // Allow about one slip per four characters, at least one and at most three.
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 4)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted, normalise(candidate));
    if (d < bestDistance && d <= limit) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === value ? undefined : best;
}

/** Spaces, underscores and capitals are the usual slips: "Barnet Vale" for "barnet-vale". */
function normalise(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** Levenshtein distance (insertions, deletions, substitutions), one row at a time. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
