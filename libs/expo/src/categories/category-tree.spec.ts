import { DomainError } from '@livefair/core';
import { parseCategoryCsv } from './category-csv';
import { assertCategoryTree } from './category-tree';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'none';
};
const node = (code: string, parentCode: string | null = null) => ({ code, parentCode, nameZh: code });

describe('category tree rules', () => {
  it('takes a forest; refuses duplicates, unknown parents and cycles of any length', () => {
    expect(codeOf(() => assertCategoryTree([node('A'), node('A1', 'A'), node('A11', 'A1'), node('B')]))).toBe('none');
    expect(codeOf(() => assertCategoryTree([node('A'), node('A')]))).toBe('CATEGORY_CODE_DUPLICATE');
    expect(codeOf(() => assertCategoryTree([node('A', 'X')]))).toBe('CATEGORY_PARENT_UNKNOWN');
    expect(codeOf(() => assertCategoryTree([node('A', 'A')]))).toBe('CATEGORY_CYCLE');
    expect(codeOf(() => assertCategoryTree([node('R'), node('A', 'C'), node('B', 'A'), node('C', 'B')]))).toBe('CATEGORY_CYCLE');
  });

  it('reads RFC 4180 CSV with a BOM, quotes, CRLF and the ccc flag; names the bad line', () => {
    const rows = parseCategoryCsv(
      '\uFEFFcode,parentCode,nameZh,nameEn,ccc\r\n85,,家电,"Home, appliances",no\r\n85.1,85,"吹风机""新款""",Hair dryers,true\r\n',
    );
    expect(rows.map((r) => [r.code, r.parentCode, r.nameZh, r.nameEn, r.ccc])).toEqual([
      ['85', null, '家电', 'Home, appliances', false],
      ['85.1', '85', '吹风机"新款"', 'Hair dryers', true],
    ]);
    expect(() => parseCategoryCsv('code,parentCode,nameZh,nameEn,ccc\nA,,甲,,\nB,,,,\n')).toThrow(/line 3/);
    expect(codeOf(() => parseCategoryCsv('code,name\n'))).toBe('CATEGORY_IMPORT_INVALID');
    expect(codeOf(() => parseCategoryCsv('code,parentCode,nameZh,nameEn,ccc\n"A,,甲,,\n'))).toBe('CATEGORY_IMPORT_INVALID');
  });
});
