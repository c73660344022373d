const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2026年12月8日 18:00" style date and time in the viewer's language and time zone. */
export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    formatters.set(locale, f);
  }
  return f.format(d);
}

/**
 * A price typed in yuan ("17.9", "1,799.50") as integer fen, parsed from the text with integer
 * arithmetic (no floating point); null when it is not a positive amount with at most 2 decimals.
 */
export function parseYuan(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(String(text).replace(/[,\s]/g, ''));
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return fen > 0 ? fen : null;
}

/** "颜色: 藏青 / 尺码: L" */
export function specsText(specs: Record<string, string> | null | undefined): string {
  return Object.entries(specs ?? {})
    .map(([k, v]) => `${k}: ${v}`)
    .join(' / ');
}
