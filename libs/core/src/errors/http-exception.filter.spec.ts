import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { HttpErrorFilter } from './http-exception.filter';

function host(req: object) {
  const res = {
    headersSent: false,
    statusCode: 0,
    body: undefined as unknown,
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
