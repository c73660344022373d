import { DomainError } from '@livefair/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CATEGORY_IMPORT_MAX_ROWS, CategoryInputDto } from './category-input.dto';

const HEADER = ['code', 'parentCode', 'nameZh', 'nameEn', 'ccc'];

/** RFC 4180 records: commas, double quotes ("" inside quotes), CRLF or LF. */
function records(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      out.push(row);
      row = [];
    } else field += c;
  }
  if (quoted) throw new DomainError('CATEGORY_IMPORT_INVALID', 'The CSV ends inside a quoted field');
  if (field !== '' || row.length) out.push([...row, field]);
  return out.filter((r) => r.some((f) => f.trim() !== ''));
}

const bad = (line: number, why: string) => new DomainError('CATEGORY_IMPORT_INVALID', `CSV line ${line}: ${why}`);

/** Parses and validates a category CSV into the rows the JSON import takes. */
export function parseCategoryCsv(text: string): CategoryInputDto[] {
  const rows = records(text.replace(/^\uFEFF/, ''));
  if (!rows.length) throw bad(1, 'empty file; the first line is the header code,parentCode,nameZh,nameEn,ccc');
  const header = rows[0].map((h) => h.trim());
  if (HEADER.some((h, i) => header[i] !== h) || header.length > HEADER.length) {
    throw bad(1, `the header must be ${HEADER.join(',')}`);
  }
  if (rows.length - 1 > CATEGORY_IMPORT_MAX_ROWS) throw bad(rows.length, `more than ${CATEGORY_IMPORT_MAX_ROWS} rows`);
  return rows.slice(1).map((r, i) => {
    const line = i + 2;
    if (r.length > HEADER.length) throw bad(line, `more than ${HEADER.length} fields`);
    const [code = '', parentCode = '', nameZh = '', nameEn = '', ccc = ''] = r;
    const flag = ccc.trim().toLowerCase();
    if (!['', 'true', 'false', '1', '0', 'yes', 'no'].includes(flag)) throw bad(line, 'ccc must be true or false');
    const dto = plainToInstance(CategoryInputDto, {
      code,
      parentCode: parentCode.trim() || null,
      nameZh,
      nameEn,
      ccc: ['true', '1', 'yes'].includes(flag),
    });
    const problems = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (problems.length) throw bad(line, Object.values(problems[0].constraints ?? {}).join('; '));
    return dto;
  });
}
