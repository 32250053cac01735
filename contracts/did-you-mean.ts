/**
 * The closest of a set of known words to a misspelled one, for "did you mean" hints: unknown prop
 * keys (constructs), time zones (contracts/schedule.ts) and enum values (constructs). Shared so that
 * every hint follows the same rule.
 */

/** Edit distance with adjacent transpositions (optimal string alignment), on lowercased text. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // Rows of the dynamic-programming table: two rows back are needed for transpositions.
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, before[j - 2] + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length];
}

/**
 * The known word closest to `word`, if it is close enough to be what was meant: at most one edit
 * for words up to 5 characters, two up to 11, three beyond, and less than half the longer word (a
 * typo, not a different word).
 * Ties go to the first in `known`.
 */
export function closestMatch(word: string, known: Iterable<string>): string | undefined {
  const allowed = word.length <= 5 ? 1 : word.length <= 11 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(word, candidate);
    // Half the longer word changed is another word, not a typo ("b" is not a misspelled "a").
    if (distance < bestDistance && distance * 2 < Math.max(word.length, candidate.length)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean "<closest>"?` when a known word is close to `word`, else ''. */
export function didYouMean(word: unknown, known: Iterable<string>): string {
  if (typeof word !== 'string' || word === '') return '';
  const match = closestMatch(word, known);
  return match === undefined || match === word ? '' : `; did you mean "${match}"?`;
}
