import type { ImportField, ImportMapping, RowProblem } from '@livefair/protocol';
import { hasChinese, normalizeHsCode, parseCertifications, parseQuantity, parseUsdCents } from './cell-values';

/** One good row as the writer takes it. */
export interface ParsedItem {
  row: number;
  itemNo: string;
  /** Lower-cased item number: re-imports and duplicates compare it. */
  itemKey: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  hsCode: string;
  fobUsdCents: number | null;
  moq: number | null;
  stock: number | null;
  unit: string;
  category: string;
  certifications: string[];
  cartonSize: string;
}

/** The problem codes of a row (docs/import.md), with their Chinese reasons. */
export const ROW_PROBLEMS = {
  ITEM_NO_MISSING: '缺少货号',
  ITEM_NO_TOO_LONG: '货号超过 64 个字符',
  ITEM_NO_DUPLICATE: '货号与第 {row} 行重复',
  NAME_MISSING: '缺少品名（中文或英文至少一项）',
  NAME_TOO_LONG: '品名超过 200 个字符',
  DESCRIPTION_TOO_LONG: '描述超过 4000 个字符',
  HS_CODE_INVALID: 'HS 编码应为 4 到 10 位数字（可带点）：“{value}”',
  PRICE_INVALID: 'FOB 美元价格无法识别：“{value}”',
  PRICE_OUT_OF_RANGE: 'FOB 美元价格超出范围（最高 US$1,000,000.00）',
  MOQ_INVALID: '起订量应为 1 到 1,000,000,000 的整数：“{value}”',
  STOCK_INVALID: '库存应为 0 到 1,000,000,000 的整数：“{value}”',
  UNIT_TOO_LONG: '单位超过 16 个字符',
  CATEGORY_TOO_LONG: '品类超过 64 个字符',
  CARTON_TOO_LONG: '箱规超过 120 个字符',
  PRODUCT_LIMIT_REACHED: '已达到企业产品数量上限 {max}，此行未导入',
} as const;

export type RowProblemCode = keyof typeof ROW_PROBLEMS;

export function rowProblem(
  row: number,
  column: string,
  code: RowProblemCode,
  vars: Record<string, string | number> = {},
): RowProblem {
  const reason = ROW_PROBLEMS[code].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  return { row, column, code, reason };
}

const MAX_FOB_CENTS = 100_000_000;
const MAX_QTY = 1_000_000_000;

/**
 * Reads one data row with the mapping: the item, or its problems (each with the column's header).
 * `seen` holds the item numbers of the rows before (lower case -> row) to find duplicates.
 */
export function checkRow(
  row: number,
  cells: string[],
  mapping: ImportMapping,
  headers: string[],
  seen: Map<string, number>,
): { item: ParsedItem | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const col = (f: ImportField) => (mapping[f] === undefined ? '' : headers[mapping[f]!] || `第 ${mapping[f]! + 1} 列`);
  const get = (f: ImportField) => (mapping[f] === undefined ? '' : (cells[mapping[f]!] ?? '').trim());
  const bad = (f: ImportField, code: RowProblemCode, vars: Record<string, string | number> = {}) =>
    problems.push(rowProblem(row, col(f), code, vars));

  const itemNo = get('itemNo');
  const itemKey = itemNo.toLowerCase();
  if (!itemNo) bad('itemNo', 'ITEM_NO_MISSING');
  else if (itemNo.length > 64) bad('itemNo', 'ITEM_NO_TOO_LONG');
  else if (seen.has(itemKey)) bad('itemNo', 'ITEM_NO_DUPLICATE', { row: seen.get(itemKey)! });
  else seen.set(itemKey, row);

  let name = get('name');
  let nameEn = get('nameEn');
  // A Chinese title in the English column (or the other way round) is put where it belongs.
  if (!name && hasChinese(nameEn)) [name, nameEn] = [nameEn, ''];
  if (!name && !nameEn) bad(mapping.name !== undefined ? 'name' : 'nameEn', 'NAME_MISSING');
  if (name.length > 200) bad('name', 'NAME_TOO_LONG');
  if (nameEn.length > 200) bad('nameEn', 'NAME_TOO_LONG');
  const description = get('description');
  const descriptionEn = get('descriptionEn');
  if (description.length > 4000) bad('description', 'DESCRIPTION_TOO_LONG');
  if (descriptionEn.length > 4000) bad('descriptionEn', 'DESCRIPTION_TOO_LONG');

  const hsText = get('hsCode');
  const hsCode = normalizeHsCode(hsText);
  if (hsCode === null) bad('hsCode', 'HS_CODE_INVALID', { value: hsText });

  const priceText = get('fobUsd');
  let fobUsdCents: number | null = null;
  if (priceText) {
    fobUsdCents = parseUsdCents(priceText);
    if (fobUsdCents === null) bad('fobUsd', 'PRICE_INVALID', { value: priceText });
    else if (fobUsdCents > MAX_FOB_CENTS) bad('fobUsd', 'PRICE_OUT_OF_RANGE');
  }
  const moqText = get('moq');
  const moq = moqText ? parseQuantity(moqText) : null;
  if (moqText && (moq === null || moq < 1 || moq > MAX_QTY)) bad('moq', 'MOQ_INVALID', { value: moqText });
  const stockText = get('stock');
  const stock = stockText ? parseQuantity(stockText) : null;
  if (stockText && (stock === null || stock > MAX_QTY)) bad('stock', 'STOCK_INVALID', { value: stockText });
  const unit = get('unit');
  if (unit.length > 16) bad('unit', 'UNIT_TOO_LONG');
  const category = get('category');
  if (category.length > 64) bad('category', 'CATEGORY_TOO_LONG');
  const cartonSize = get('cartonSize');
  if (cartonSize.length > 120) bad('cartonSize', 'CARTON_TOO_LONG');

  if (problems.length) return { item: null, problems };
  return {
    item: {
      row,
      itemNo,
      itemKey,
      name,
      nameEn,
      description,
      descriptionEn,
      hsCode: hsCode ?? '',
      fobUsdCents,
      moq,
      stock,
      unit,
      category,
      certifications: parseCertifications(get('certifications')),
      cartonSize,
    },
    problems,
  };
}
