/**
 * A buyer's name as the room's ticker shows it: the first character and stars, so viewers see
 * that people are buying without learning who (王小明 -> 王**, Jane Doe -> J***). Counted in code
 * points, so an emoji or a CJK extension character is kept whole.
 */
export function maskName(name: string): string {
  const first = [...name.trim()][0];
  if (!first) return '***';
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(first) ? `${first}**` : `${first}***`;
}
