import { Logger } from '@nestjs/common';
import { classifyError } from './error-body';
import { DomainError } from './domain-error';
import { ErrorCode, ErrorCodeTable, errorCodes } from './error-codes';

describe('ErrorCodeTable', () => {
  it('maps each declared code to its status and owner', () => {
    const t = new ErrorCodeTable();
    t.define('orders', { ORDER_NOT_FOUND: 404, DEAL_SOLD_OUT: 409 });
    expect(t.statusOf('DEAL_SOLD_OUT')).toBe(409);
    expect(t.list()).toEqual([
      { code: 'DEAL_SOLD_OUT', status: 409, context: 'orders' },
      { code: 'ORDER_NOT_FOUND', status: 404, context: 'orders' },
    ]);
  });

  it('refuses a code that two contexts declare', () => {
    const t = new ErrorCodeTable();
    t.define('orders', { SOLD_OUT: 409 });
    expect(() => t.define('catalog', { SOLD_OUT: 409 })).toThrow(
      'error code SOLD_OUT is declared twice: by orders (409) and by catalog (409)',
    );
  });

  it('accepts the same declaration loaded twice, but not a changed status', () => {
    const t = new ErrorCodeTable();
    t.define('orders', { SOLD_OUT: 409 });
    expect(() => t.define('orders', { SOLD_OUT: 409 })).not.toThrow();
    expect(() => t.define('orders', { SOLD_OUT: 410 })).toThrow('declared twice');
  });

  it('refuses codes that are not UPPER_SNAKE_CASE', () => {
    expect(() => new ErrorCodeTable().define('orders', { soldOut: 409 })).toThrow('not UPPER_SNAKE_CASE');
  });

  it("knows core's own codes without any context loaded", () => {
    expect(errorCodes.statusOf('VALIDATION_FAILED')).toBe(400);
    expect(errorCodes.statusOf('LIVE_SESSION_NOT_FOUND')).toBeUndefined();
  });

  it('turns a domain error with an undeclared code into a logged 500', () => {
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const err = new DomainError('NO_SUCH_CODE' as ErrorCode, 'whatever');
    expect(err.status).toBe(500);
    expect(classifyError(err)).toEqual({
      status: 500,
      body: { code: 'INTERNAL_ERROR', message: 'Internal error' },
      unexpected: true,
    });
    spy.mockRestore();
  });
});
