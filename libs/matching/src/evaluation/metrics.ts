/** Graded relevance of suppliers for one demand: supplier key -> grade 0..3 (absent: 0). */
export type Judgments = Record<string, number>;

/** nDCG@k with gain 2^grade - 1 and log2 discount; 1 when the demand has no relevant supplier and none is listed... 0 otherwise. */
export function ndcgAt(ranked: string[], judged: Judgments, k: number): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = ranked.slice(0, k).reduce((s, id, i) => s + gain(judged[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(judged)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);
  return ideal === 0 ? 1 : dcg / ideal;
}

/** Share of the suppliers graded >= 1 found in the first k; 1 when there are none. */
export function recallAt(ranked: string[], judged: Judgments, k: number): number {
  const relevant = Object.entries(judged)
    .filter(([, g]) => g >= 1)
    .map(([id]) => id);
  if (relevant.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
