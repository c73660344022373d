import type { ImportField, ImportMapping } from '@livefair/protocol';

/**
 * Header words of export catalogs, English and Chinese, per field. A header matches a field when,
 * lower-cased with spaces and punctuation removed, it equals or contains one of them; the longest
 * match wins, so "FOB Price (USD)" is a price and not a description.
 */
const HEADER_WORDS: Record<ImportField, string[]> = {
  itemNo: [
    'itemno',
    'itemnumber',
    'item',
    'articleno',
    'artno',
    'art',
    'modelno',
    'model',
    'sku',
    'skuno',
    'ref',
    'refno',
    'productcode',
    'code',
    '货号',
    '款号',
    '型号',
    '产品编号',
    '编号',
    '商品编码',
  ],
  nameEn: [
    'description',
    'productname',
    'englishname',
    'nameen',
    'name',
    'itemdescription',
    'product',
    'title',
    '英文品名',
    '英文名称',
    '英文名',
  ],
  name: ['chinesename', 'namecn', 'namezh', '中文品名', '中文名称', '品名', '产品名称', '商品名称', '中文名'],
  descriptionEn: [
    'details',
    'specification',
    'specifications',
    'remark',
    'remarks',
    'feature',
    'features',
    'englishdescription',
    '英文描述',
  ],
  description: ['chinesedescription', '中文描述', '产品描述', '描述', '说明', '卖点'],
  hsCode: [
    'hscode',
    'hs',
    'hsno',
    'tariffcode',
    'customscode',
    'hts',
    'htscode',
    '海关编码',
    '商品编码hs',
    'hs编码',
    '税号',
    '海关编号',
  ],
  fobUsd: [
    'fob',
    'fobprice',
    'fobusd',
    'fobpriceusd',
    'unitprice',
    'price',
    'usdprice',
    'priceusd',
    'fob价',
    'fob价格',
    '离岸价',
    '单价',
    '美元单价',
    '价格',
  ],
  moq: ['moq', 'minorder', 'minimumorder', 'minimumorderquantity', 'minqty', '起订量', '最小起订量', '最低起订量', '起订'],
  unit: ['unit', 'uom', 'units', '单位', '计量单位'],
  category: ['category', 'productcategory', 'type', '类别', '品类', '分类', '产品类别'],
  certifications: [
    'certification',
    'certifications',
    'certificate',
    'certificates',
    'cert',
    'certs',
    'approval',
    'approvals',
    '认证',
    '证书',
    '认证证书',
  ],
  cartonSize: [
    'cartonsize',
    'carton',
    'ctnsize',
    'ctn',
    'meas',
    'measurement',
    'packing',
    'package',
    '外箱尺寸',
    '箱规',
    '包装',
    '外箱',
  ],
  stock: ['stock', 'qty', 'quantity', 'inventory', 'available', '库存', '数量', '现货'],
};

const squash = (header: string) =>
  header
    .toLowerCase()
    .replace(/[\s._\-#:：()（）[\]【】/\\*'"]+/g, '')
    .replace(/no\.?$/, 'no');

/** The field a header names, with how strongly (the length of the word it matched), or null. */
export function fieldOfHeader(header: string): { field: ImportField; score: number } | null {
  const h = squash(header);
  if (!h) return null;
  let best: { field: ImportField; score: number } | null = null;
  for (const [field, words] of Object.entries(HEADER_WORDS) as [ImportField, string[]][]) {
    for (const w of words) {
      const score = h === w ? w.length * 2 + 1 : h.includes(w) ? w.length : 0;
      if (score && (!best || score > best.score)) best = { field, score };
    }
  }
  return best;
}

/** A mapping guessed from the headers: each field takes its best-matching column, each column at most one field. */
export function guessMapping(headers: string[]): ImportMapping {
  const candidates = headers
    .map((h, column) => ({ column, match: fieldOfHeader(h) }))
    .filter((c): c is { column: number; match: { field: ImportField; score: number } } => c.match !== null)
    .sort((a, b) => b.match.score - a.match.score || a.column - b.column);
  const mapping: ImportMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.match.field] !== undefined || used.has(c.column)) continue;
    mapping[c.match.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}

/** How many cells of a row read as headers: picks the header row among the first rows of a sheet. */
export function headerScore(cells: string[]): number {
  return cells.filter((c) => c.trim() && fieldOfHeader(c) !== null).length;
}
