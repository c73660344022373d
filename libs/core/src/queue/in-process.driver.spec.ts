import { InProcessQueueDriver } from './in-process.driver';

const p = { userId: 'u', kind: 'k', title: 't', body: 'b' };

describe('InProcessQueueDriver', () => {
  it('runs jobs enqueued before the handler is registered', async () => {
    const q = new InProcessQueueDriver();
    const seen: string[] = [];
    await q.add('notify.user', { ...p, userId: 'early' }, {});
    q.process('notify.user', async (x: typeof p) => void seen.push(x.userId), 1);
    await q.drain(1000);
    expect(seen).toEqual(['early']);
  });

  it('retries a failing job up to its attempts, then gives up', async () => {
    const q = new InProcessQueueDriver();
    let calls = 0;
    q.process('notify.user', async () => {
      calls++;
      throw new Error('boom');
    }, 1);
    await q.add('notify.user', p, { attempts: 3 });
    await q.drain(1000);
    expect(calls).toBe(3);
  });

  it('drops a duplicate jobId while the first is pending', async () => {
    const q = new InProcessQueueDriver();
    const seen: string[] = [];
    await q.add('notify.user', p, { jobId: 'same' });
    await q.add('notify.user', p, { jobId: 'same' });
    q.process('notify.user', async (x: typeof p) => void seen.push(x.userId), 1);
    await q.drain(1000);
    expect(seen).toHaveLength(1);
  });

  it('waits for delayed jobs when draining', async () => {
    const q = new InProcessQueueDriver();
    const seen: number[] = [];
    q.process('notify.user', async () => void seen.push(Date.now()), 1);
    const start = Date.now();
    await q.add('notify.user', p, { delayMs: 50 });
    await q.drain(1000);
    expect(seen).toHaveLength(1);
    expect(seen[0] - start).toBeGreaterThanOrEqual(45);
  });
});
