import type { JobQueue } from '@livefair/core';
import { heldCertifications, provinceName, REFRESH_WINDOW_MS, SupplierRefresher } from './supplier-refresher';

describe('SupplierRefresher.onProductsChanged', () => {
  const enqueued: { jobId?: string; delayMs?: number }[] = [];
  const queue = {
    enqueue: (_name: string, _payload: unknown, options: { jobId?: string; delayMs?: number }) => enqueued.push(options),
  };
  const refresher = new SupplierRefresher(
    queue as unknown as JobQueue,
    null as never,
    null as never,
    null as never,
    null as never,
    null as never,
  );
  beforeEach(() => (enqueued.length = 0));

  it('gives a change after a running refresh a job of its own (a product created, then published a moment later)', async () => {
    const t0 = 1_800_000_000_000;
    await refresher.onProductsChanged({ enterpriseId: 'e1', productId: 'p1' }, t0 + 900);
    await refresher.onProductsChanged({ enterpriseId: 'e1', productId: 'p1' }, t0 + 1100);
    expect(enqueued[0].jobId).not.toEqual(enqueued[1].jobId);
  });

  it('collapses changes within one window into one job that runs after the window', async () => {
    const t0 = 1_800_000_000_000;
    await refresher.onProductsChanged({ enterpriseId: 'e1', productId: 'p1' }, t0 + 100);
    await refresher.onProductsChanged({ enterpriseId: 'e1', productId: 'p2' }, t0 + 700);
    expect(enqueued[0].jobId).toEqual(enqueued[1].jobId);
    expect(t0 + 700 + enqueued[1].delayMs!).toBeGreaterThanOrEqual(t0 + REFRESH_WINDOW_MS);
    expect(t0 + 100 + enqueued[0].delayMs!).toBeGreaterThanOrEqual(t0 + REFRESH_WINDOW_MS);
  });
});

describe('reading the enterprise profile', () => {
  it('names provinces by the short names of the quotes flow, from their GB/T 2260 codes', () => {
    expect(['330000', '440000', '150000', '450000', '230000', '810000', '', '999999'].map(provinceName)).toEqual([
      '浙江',
      '广东',
      '内蒙古',
      '广西',
      '黑龙江',
      '香港',
      null,
      null,
    ]);
  });

  it('keeps the certificates matching knows that are still valid', () => {
    const held = (code: string, validUntil: string | null) => ({ code, number: '', validUntil });
    const profile = {
      certifications: [held('CCC', null), held('OEKOTEX', '2027-01-01'), held('CE', '2026-11-30'), held('HALAL', null)],
    } as never;
    expect(heldCertifications(profile, new Date('2026-12-01T10:00:00Z'))).toEqual(['CCC', 'OEKO_TEX']);
  });
});
