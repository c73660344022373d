import type { RowProblem } from '@livefair/protocol';

const cell = (v: string | number) => {
  const s = String(v);
  // Quote what CSV needs quoted; a leading = + - @ is prefixed so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The bad rows of an import as CSV (UTF-8 with BOM, which Excel opens as Chinese): 行号, 列, 问题代码, 原因. */
export function badRowsCsv(problems: RowProblem[]): Buffer {
  const lines = ['行号,列,问题代码,原因', ...problems.map((p) => [p.row, p.column, p.code, p.reason].map(cell).join(','))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

export { cell as csvCell };
