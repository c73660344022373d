import 'reflect-metadata';
import { flatDtoAccepts } from '@livefair/core';
import { validateSync } from 'class-validator';
import { payloadCorpus } from '../libs/core/src/errors/payload-corpus';
import { BatchBodyPipe } from '@livefair/analytics/http/batch-body.pipe';
import { AnalyticsBatchDto, AnalyticsEventDto } from '@livefair/analytics/ingest/event.dto';

const accepts = (instance: object) => validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }).length === 0;
const uuid = (n: number) => `0b6f6f4e-9d7e-4f7c-8a51-3c8f1f3f2a${String(n).padStart(2, '0')}`;
const base = { id: uuid(1), occurredAt: '2026-12-01T08:00:00.000Z' };
const booth = { boothId: uuid(2), visitId: uuid(3) };
/** A valid event of each type and shape the endpoint takes. */
const EXAMPLES: Record<string, unknown>[] = [
  { ...base, type: 'hall.enter', expoId: uuid(4), hallId: uuid(5) },
  { ...base, type: 'hall.enter', expoId: uuid(4) },
  { ...base, type: 'booth.enter', ...booth },
  { ...base, type: 'heartbeat', ...booth, watching: true },
  { ...base, type: 'product.view', ...booth, productId: uuid(6) },
  { ...base, type: 'live.watch', ...booth, sessionId: uuid(7) },
  { ...base, type: 'booth.leave', ...booth },
];

/** Ingest checks each event with the DTO's rules run from a plan; its answers must be class-validator's. */
describe('analytics event checks', () => {
  it('agree with class-validator on every event of the corpus, for each event type', () => {
    let accepted = 0;
    let refused = 0;
    for (const example of EXAMPLES)
      for (const payload of [...payloadCorpus(example), { ...example, type: 'inquiry' }, { ...example, type: 'order' }]) {
        const instance = Object.assign(new AnalyticsEventDto(), payload);
        const expected = accepts(instance);
        expect({ payload, fast: flatDtoAccepts(instance) }).toEqual({ payload, fast: expected });
        if (expected) accepted++;
        else refused++;
      }
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(500);
  });

  it('agree with class-validator on batch bodies, and the body pipe refuses with VALIDATION_FAILED', () => {
    const pipe = new BatchBodyPipe();
    const example = { visitorId: '2b1c6f0e-4c7a-4a43-9d55-2f6f1f0c9a11', events: [EXAMPLES[2]] };
    const corpus = [...payloadCorpus(example), { ...example, events: [1] }, { ...example, events: [[]] }];
    let refused = 0;
    for (const payload of corpus) {
      const expected = accepts(Object.assign(new AnalyticsBatchDto(), payload));
      let code: string | null = null;
      try {
        pipe.transform(payload);
      } catch (e) {
        code = (e as { code?: string }).code ?? String(e);
      }
      expect({ payload, code }).toEqual({ payload, code: expected ? null : 'VALIDATION_FAILED' });
      if (!expected) refused++;
    }
    expect(refused).toBeGreaterThan(50);
    for (const bad of [null, [], 'x', JSON.parse('{"__proto__": {"x": 1}, "visitorId": "a", "events": []}')])
      expect(() => pipe.transform(bad)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
