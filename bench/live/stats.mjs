/** Small numeric helpers shared by the live bench. */
export const percentile = (values, p) => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
export const round = (v, digits = 1) => (v == null || Number.isNaN(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const log = (...parts) => process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${parts.join(' ')}\n`);
/** a / b to two digits, null when either is missing or b is 0. */
export const ratio = (a, b) => (a == null || b == null || b === 0 ? null : round(a / b, 2));
