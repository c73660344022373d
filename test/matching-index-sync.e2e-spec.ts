import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatchIndex } from '../libs/matching/src/match-index.service';
import { httpClient } from './support/http';
import { MATCHING_FIXTURE_DIR, onboard } from './support/matching-fixture';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

/**
 * The ranking index's sync reads what changed since its last look with an overlap (for other
 * processes' clocks); rows it already holds as they are stamped are not indexed again. Tried
 * before: after onboarding 60 suppliers at once, every later sync (each ranking of a need) indexed
 * all 60 again with their products, ~1/3 s of CPU per posted need on 300 suppliers.
 */
describe('matching index sync (MariaDB + Redis)', () => {
  let t: TestApp;
  let organizer: string;
  const lines = readFileSync(join(MATCHING_FIXTURE_DIR, 'suppliers.jsonl'), 'utf8').trim().split('\n').slice(0, 60);

  beforeAll(async () => {
    t = await startProductionApp('matchsync', { DEMO_DATA: 'true', LOG_LEVEL: 'error' });
    const http = httpClient(t.url);
    organizer = (await http.post('/api/auth/login', { email: 'organizer@demo.livefair.cn', password: demoPassword(t) })).body
      .accessToken;
  });
  afterAll(() => t?.close());

  it('indexes a bulk onboarding once, then only the suppliers written again', async () => {
    const index = t.app.get(MatchIndex);
    await index.sync();
    const upserted: string[] = [];
    const upsert = index.matcher.upsertSupplier.bind(index.matcher);
    const spy = jest.spyOn(index.matcher, 'upsertSupplier').mockImplementation((facts) => {
      upserted.push(facts.id);
      return upsert(facts);
    });
    try {
      const report = await onboard(t.url, organizer, 'jsonl', lines.join('\n'));
      expect(report.status).toBe(201);
      const ids = report.body.supplierIds as Record<string, string>;
      expect(Object.keys(ids)).toHaveLength(60);

      await index.sync();
      expect(new Set(upserted)).toEqual(new Set(Object.values(ids)));
      upserted.length = 0;

      // Within the overlap of the newest stamp, as the next rankings are: nothing is indexed again.
      await index.sync();
      await index.sync();
      expect(upserted).toEqual([]);

      // The same supplier onboarded again (a changed capacity) is indexed again, alone, right away.
      const first = JSON.parse(lines[0]) as { ref: string; monthlyCapacity: number };
      const again = await onboard(
        t.url,
        organizer,
        'jsonl',
        JSON.stringify({ ...first, monthlyCapacity: first.monthlyCapacity + 1 }),
      );
      expect(again.status).toBe(201);
      await index.sync();
      expect(upserted).toEqual([ids[first.ref]]);
    } finally {
      spy.mockRestore();
    }
  });
});
