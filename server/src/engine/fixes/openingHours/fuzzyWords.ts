// Corrects one typo in a long day or month name ("Samdi", "Mecredi", "Juilet"): Damerau–Levenshtein distance 1.

/** Optimal string alignment distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}

/**
 * The single name of `names` that `word` is one typo away from (plural "s" allowed), or undefined when
 * none or several are. Words shorter than 5 letters are never corrected: too many real words are that close.
 */
export function correctTypo(word: string, names: readonly string[]): string | undefined {
  if (word.length < 5) return undefined;
  let perList = corrections.get(names);
  if (!perList) corrections.set(names, (perList = new Map()));
  if (perList.has(word)) return perList.get(word);
  const found = findTypo(word, names);
  if (perList.size > 5000) perList.clear();
  perList.set(word, found);
  return found;
}

/** Memo of corrections per list of names: the same words come back at every position of the scan. */
const corrections = new Map<readonly string[], Map<string, string | undefined>>();

function findTypo(word: string, names: readonly string[]): string | undefined {
  const stem = word.endsWith('s') ? word.slice(0, -1) : word;
  const hits = names.filter((n) => editDistance(word, n, 1) <= 1 || editDistance(stem, n, 1) <= 1);
  return hits.length === 1 ? hits[0] : undefined;
}
