import { checkHandlers } from './job-runner';

describe('checkHandlers', () => {
  it('accepts exactly one handler per declared job', () => {
    expect(() =>
      checkHandlers(
        [
          { name: 'a', where: 'A.a' },
          { name: 'b', where: 'B.b' },
        ],
        ['a', 'b'],
      ),
    ).not.toThrow();
  });
  it('names a job without a handler', () => {
    expect(() => checkHandlers([{ name: 'a', where: 'A.a' }], ['a', 'b'])).toThrow('job "b" has no handler');
  });
  it('names both handlers of a doubly-handled job', () => {
    expect(() =>
      checkHandlers(
        [
          { name: 'a', where: 'A.a' },
          { name: 'a', where: 'C.a' },
        ],
        ['a'],
      ),
    ).toThrow('job "a" has 2 handlers (A.a, C.a)');
  });
  it('rejects a handler for an undeclared job', () => {
    expect(() =>
      checkHandlers(
        [
          { name: 'a', where: 'A.a' },
          { name: 'zz', where: 'Z.z' },
        ],
        ['a'],
      ),
    ).toThrow('unknown job "zz"');
  });
});
