const cny = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

/**
 * Integer fen -> "¥1,234.50". Yuan and fen are split with integer arithmetic and the fraction
 * digits are written from the fen remainder, so no floating-point value ever reaches the display.
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '—';
  const abs = Math.abs(fen);
  const yuan = (abs - (abs % 100)) / 100;
  const cents = String(abs % 100).padStart(2, '0');
  const text = cny
    .formatToParts(yuan)
    .map((part) => (part.type === 'fraction' ? cents : part.value))
    .join('');
  return fen < 0 ? `-${text}` : text;
}
