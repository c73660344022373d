import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { QueryFailedError } from 'typeorm';
import { HttpErrorFilter } from './http-exception.filter';

function host(req: object) {
  const res = {
    headersSent: false,
    statusCode: 0,
    body: undefined as unknown,
    headers: {} as Record<string, string>,
    setHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    },
    status(c: number) {
      this.statusCode = c;
      return this;
    },
    json(b: unknown) {
      this.body = b;
      return this;
    },
  };
  const h = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ArgumentsHost;
  return { h, res };
}

describe('HttpErrorFilter', () => {
  const req = { id: 'req-12345678', method: 'GET', originalUrl: '/api/x' };

  it('maps a domain error to its status and code', () => {
    const { h, res } = host(req);
    new HttpErrorFilter().catch(new DomainError('NOT_OWNER', 'not yours'), h);
    expect(res.statusCode).toBe(403);
    expect(res.body).toEqual({ code: 'NOT_OWNER', message: 'not yours', requestId: 'req-12345678' });
  });

  it('turns an unknown error into a logged 500 without leaking its message or stack', () => {
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { h, res } = host(req);
    new HttpErrorFilter().catch(new Error('SELECT * FROM secret_table failed at db.ts:42'), h);
    expect(res.statusCode).toBe(500);
    expect(res.body).toEqual({ code: 'INTERNAL_ERROR', message: 'Internal error', requestId: 'req-12345678' });
    expect(JSON.stringify(res.body)).not.toContain('secret_table');
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it("maps Nest's own HTTP exceptions into the taxonomy", () => {
    const { h, res } = host(req);
    new HttpErrorFilter().catch(new NotFoundException('Cannot GET /api/x'), h);
    expect(res.statusCode).toBe(404);
    expect((res.body as { code: string }).code).toBe('NOT_FOUND');
  });
});

describe('database connection failures', () => {
  const req = { id: 'req-db-1', method: 'POST', originalUrl: '/api/orders' };
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED', fatal: true });
  const lost = Object.assign(new Error('Connection lost: The server closed the connection.'), {
    code: 'PROTOCOL_CONNECTION_LOST',
    fatal: true,
  });

  it.each([
    ['a refused connection (raw mysql2 error)', refused],
    ['a connection lost mid-query, wrapped by TypeORM', new QueryFailedError('SELECT 1', [], lost)],
    ['a closed pooled connection', new Error("Can't add new command when connection is in closed state")],
    ['an error whose cause is a refused connection', new Error('transaction failed', { cause: refused })],
  ])('answers %s with 503 DATABASE_UNAVAILABLE and Retry-After, logged as a warning', (_what, err) => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { h, res } = host(req);
    new HttpErrorFilter().catch(err, h);
    expect(res.statusCode).toBe(503);
    expect(res.body).toEqual({ code: 'DATABASE_UNAVAILABLE', message: expect.any(String), requestId: 'req-db-1' });
    expect(res.headers['retry-after']).toBe('5');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });

  it('leaves query errors (a duplicate key, bad SQL) as logged 500s', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const dup = Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY', fatal: false });
    const { h, res } = host(req);
    new HttpErrorFilter().catch(new QueryFailedError('INSERT', [], dup), h);
    expect(res.statusCode).toBe(500);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
