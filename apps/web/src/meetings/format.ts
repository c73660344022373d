/** The viewer's own time zone, e.g. "Asia/Shanghai" (times are stored in UTC and shown in it). */
export const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** "12月3日 周四 10:00–10:30 (Asia/Shanghai)" in the page's language and the viewer's zone. */
export function slotText(slot: { startsAt: string; endsAt: string }, lang: string): string {
  const start = new Date(slot.startsAt);
  const end = new Date(slot.endsAt);
  const day = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', weekday: 'short' }).format(start);
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hour12: false });
  return `${day} ${time.format(start)}–${time.format(end)} (${localZone()})`;
}
