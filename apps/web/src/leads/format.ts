const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2026年12月1日 20:49 GMT+8" style: the viewer's local date and time, with its zone named. */
export function formatLocalTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    formatters.set(locale, f);
  }
  return f.format(d);
}
