/** Yuan as typed ("39", "39.9", "39.90") -> integer fen, by string arithmetic; null if it is not a price. */
export function yuanToFen(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(String(text).trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Integer fen -> the yuan text an input shows ("39.90"). */
export function fenToYuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The deal price as a share of the retail price, in whole percent (66 for ¥39 of ¥59); null without a retail price. */
export function pricePercent(priceFen: number, retailFen: number): number | null {
  if (retailFen <= 0 || priceFen <= 0 || priceFen >= retailFen) return null;
  return Math.max(1, Math.round((priceFen * 100) / retailFen));
}

/** "6.6折" in Chinese, "34% off" in English. */
export function discountText(percent: number, lang: string): string {
  if (lang.startsWith('zh')) return `${percent % 10 === 0 ? percent / 10 : (percent / 10).toFixed(1)}折`;
  return `${100 - percent}% off`;
}
