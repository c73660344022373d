/**
 * Reading the values of an export catalog's cells, which arrive as text in every national habit:
 * "US$1,234.50", "1.234,50", "USD 12", "1 000 pcs", HS codes with or without dots.
 */

/**
 * A price in US cents, or null when the text holds no readable amount. The last `.` or `,` followed
 * by one or two digits is the decimal mark; every other `.`, `,`, space or apostrophe groups thousands.
 */
export function parseUsdCents(text: string): number | null {
  const cleaned = text
    .replace(/(US\$|USD|U\.S\.\$|\$|美元|美金)/gi, '')
    .replace(/[\s\u00a0']/g, '')
    .trim();
  if (!cleaned || !/^\d[\d.,]*$/.test(cleaned)) return null;
  const decimal = /[.,](\d{1,2})$/.exec(cleaned);
  const intPart = decimal ? cleaned.slice(0, decimal.index) : cleaned;
  const digits = intPart.replace(/[.,]/g, '');
  // Grouped thousands must be groups of three ("1,234,567"); "12,34" is not a number.
  if (!/^\d+$/.test(digits) || (/[.,]/.test(intPart) && !/^\d{1,3}([.,\s]\d{3})*$/.test(intPart))) return null;
  const fraction = decimal ? decimal[1].padEnd(2, '0') : '00';
  const cents = Number(digits) * 100 + Number(fraction);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** A whole quantity ("1,000", "500 pcs", "1000件"), or null. */
export function parseQuantity(text: string): number | null {
  const m = /^\s*(\d{1,3}(?:[,.\s]\d{3})+|\d+)(?:\.0+)?\s*[a-zA-Z\u4e00-\u9fff/]*\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1].replace(/[,.\s]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** An HS code as digits ("8516.71.00" -> "85167100"); '' when empty; null when it is not 4 to 10 digits. */
export function normalizeHsCode(text: string): string | null {
  const t = text.trim();
  if (!t) return '';
  if (!/^[\d.\s-]+$/.test(t)) return null;
  const digits = t.replace(/[.\s-]/g, '');
  return /^\d{4,10}$/.test(digits) ? digits : null;
}

/** Certification names from a list cell ("CE, FCC; UL / RoHS"), de-duplicated, in order. */
export function parseCertifications(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;/、，；|]+/)) {
    const name = part.trim();
    if (!name || name.length > 64) continue;
    const key = name.toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out.slice(0, 20);
}

/** Text with Chinese characters in it. */
export function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}
