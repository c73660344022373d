import { errorCodes } from '@livefair/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Every context's lib, as the all-in-one process loads them.
import '@livefair/accounts';
import '@livefair/catalog';
import '@livefair/catalog/import';
import '@livefair/expo';
import '@livefair/live';
import '@livefair/orders';
import '@livefair/leads';
import '@livefair/matching';
import '@livefair/analytics';
import '@livefair/meetings';

/** `| \`CODE\` | 404 | live | ... |` rows of docs/error-codes.md. */
function documentedCodes(): string[] {
  const doc = readFileSync(join(__dirname, '..', 'docs', 'error-codes.md'), 'utf8');
  return [...doc.matchAll(/^\| `([A-Z0-9_]+)` \| (\d{3}) \| ([a-z-]+) \|/gm)]
    .map(([, code, status, context]) => `${code} ${status} ${context}`)
    .sort();
}

describe('error codes', () => {
  it('docs/error-codes.md lists exactly the declared codes, with their status and context', () => {
    const declared = errorCodes
      .list()
      .map((c) => `${c.code} ${c.status} ${c.context}`)
      .sort();
    expect(declared.length).toBeGreaterThan(20);
    expect(documentedCodes()).toEqual(declared);
  });
});
