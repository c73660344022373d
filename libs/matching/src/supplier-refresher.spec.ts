import type { JobQueue } from '@livefair/core';
import { REFRESH_WINDOW_MS, SupplierRefresher } from './supplier-refresher';

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
