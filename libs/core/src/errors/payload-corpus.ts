/**
 * Payloads around a valid example, for tests that compare two validators of one DTO: the example,
 * each field missing, null, and swapped for values of other types and edge values, plus an unknown
 * field. Not exported from the barrel (specs import it by path).
 */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  ' ',
  '0b6f6f4e-9d7e-4f7c-8a51-3c8f1f3f2a10',
  '0B6F6F4E-9D7E-4F7C-8A51-3C8F1F3F2A10',
  '0b6f6f4e9d7e4f7c8a513c8f1f3f2a10',
  'a'.repeat(5000),
  '1',
  0,
  -1,
  1,
  2,
  3,
  50,
  51,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e20,
  true,
  false,
  [],
  [1],
  ['a'],
  {},
  { a: 1 },
  'viewer',
  'publisher',
  'send',
  'recv',
  'audio',
  'video',
  'camera',
];

export function payloadCorpus(example: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{ ...example }, {}, { ...example, extra: 1 }, { ...example, __extra: undefined }];
  for (const key of Object.keys(example)) {
    const { [key]: _dropped, ...without } = example;
    out.push(without);
    for (const v of ODD_VALUES) out.push({ ...example, [key]: v });
  }
  return out;
}
