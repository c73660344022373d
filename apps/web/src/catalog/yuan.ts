const YUAN = /^(\d{1,8})(?:\.(\d{1,2}))?$/;

/** "29.9" -> 2990 fen, by splitting the digits: no floating point. null when it is not an amount. */
export function yuanToFen(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const m = YUAN.exec(String(text).trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 2990 -> "29.90" (for inputs; formatFen is for display). */
export function fenToYuan(fen: number): string {
  const cents = fen % 100;
  return `${(fen - cents) / 100}.${String(cents).padStart(2, '0')}`;
}

export const isYuan = (text: unknown) =>
  typeof text === 'string' || typeof text === 'number' ? YUAN.test(String(text).trim()) : false;
