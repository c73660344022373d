import { job, JobTable } from './job-registry';

describe('JobTable', () => {
  it('fills in the defaults and finds a job and its queue', () => {
    const t = new JobTable();
    t.define('orders', {
      queues: { expiry: { concurrency: 2 } },
      jobs: { 'orders.expire': job<{ orderId: string }>({ queue: 'expiry' }) },
    });
    expect(t.job('orders.expire')).toEqual({
      name: 'orders.expire',
      context: 'orders',
      queue: 'expiry',
      attempts: 3,
      backoffMs: 500,
      repeat: undefined,
    });
    expect(t.queue('expiry').concurrency).toBe(2);
    expect(() => t.check()).not.toThrow();
  });

  it('refuses a job or queue that two contexts declare', () => {
    const t = new JobTable();
    t.define('orders', { queues: { expiry: { concurrency: 1 } }, jobs: { 'x.run': job({ queue: 'expiry' }) } });
    expect(() => t.define('live', { jobs: { 'x.run': job({ queue: 'expiry' }) } })).toThrow(
      'job x.run is declared twice: by orders and by live',
    );
    expect(() => t.define('live', { queues: { expiry: { concurrency: 1 } }, jobs: {} })).toThrow(
      'queue expiry is declared twice',
    );
  });

  it('names a job whose queue nobody declared', () => {
    const t = new JobTable();
    t.define('orders', { jobs: { 'orders.expire': job({ queue: 'expiry' }) } });
    expect(() => t.check()).toThrow('job orders.expire (orders) is on undeclared queue "expiry"');
  });

  it('refuses bad names, concurrency and repeat intervals', () => {
    const t = new JobTable();
    expect(() => t.define('a', { jobs: { NotifyUser: job({ queue: 'q' }) } })).toThrow('lower-case');
    expect(() => t.define('a', { queues: { q: { concurrency: 0 } }, jobs: {} })).toThrow('positive integer');
    expect(() => t.define('a', { jobs: { 'a.tick': job<object>({ queue: 'q', repeat: { everyMs: 0, payload: {} } }) } })).toThrow(
      'everyMs',
    );
  });

  it('says which lib to load for an unknown job', () => {
    expect(() => new JobTable().job('nope')).toThrow('job "nope" is not declared');
  });
});
