const formatters = new Map<string, Intl.DateTimeFormat>();

/** "3月1日 14:30" style start time in the viewer's language and time zone. */
export function formatStartTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' });
    formatters.set(locale, f);
  }
  return f.format(d);
}

export const kbps = (bps: number): string => String(Math.round(bps / 1000));
