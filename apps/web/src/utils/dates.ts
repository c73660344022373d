const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string): Intl.DateTimeFormat {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    formatters.set(locale, f);
  }
  return f;
}

/** An ISO-8601 instant as a date in the viewer's language and time zone. */
export function formatDate(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormatter(locale).format(d);
}

/** "2026年3月1日 – 3月15日" style range in the viewer's language and time zone. */
export function formatDateRange(startIso: string, endIso: string, locale: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} – ${endIso}`;
  return dateFormatter(locale).formatRange(start, end);
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** An ISO-8601 instant as date and time (to the minute) in the viewer's language and time zone. */
export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dateTimeFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    dateTimeFormatters.set(locale, f);
  }
  return f.format(d);
}
