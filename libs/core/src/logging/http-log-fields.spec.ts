import { createServer, request, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp from 'pino-http';
import { httpLogOptions } from './http-log-fields';

/** A real node:http server behind pino-http with the project's options, its log lines collected. */
async function serve(): Promise<{ server: Server; port: number; lines: Record<string, any>[] }> {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) lines.push(JSON.parse(l));
      done();
    },
  });
  const log = pinoHttp({ ...httpLogOptions('info'), stream } as never);
  const server = createServer((req, res) => {
    log(req, res);
    res.setHeader('content-security-policy', "default-src 'self'");
    res.statusCode = req.url === '/missing' ? 404 : 202;
    res.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, lines };
}

function get(port: number, path: string, headers: Record<string, string>): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers['x-request-id'] as string | undefined));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP access log lines', () => {
  it('say who asked for what and how it ended, with no header in them (no token or cookie can leak)', async () => {
    const { server, port, lines } = await serve();
    try {
      const id = await get(port, '/api/analytics/events', { authorization: 'Bearer secret-token', cookie: 'sid=abc' });
      await get(port, '/missing', { 'x-request-id': 'client-chosen-id-1' });
      await new Promise((r) => setTimeout(r, 50));
      expect(lines).toHaveLength(2);
      const [ok, missing] = lines;
      expect(ok).toMatchObject({
        level: 30,
        req: { id, method: 'POST', url: '/api/analytics/events', remoteAddress: '127.0.0.1' },
        res: { statusCode: 202 },
        msg: 'request completed',
      });
      expect(Object.keys(ok.req).sort()).toEqual(['id', 'method', 'remoteAddress', 'url']);
      expect(Object.keys(ok.res)).toEqual(['statusCode']);
      expect(typeof ok.responseTime).toBe('number');
      expect(JSON.stringify(lines)).not.toMatch(/secret-token|sid=abc|authorization|cookie|content-security-policy/i);
      expect(missing).toMatchObject({ level: 40, req: { id: 'client-chosen-id-1', url: '/missing' }, res: { statusCode: 404 } });
    } finally {
      server.close();
    }
  });
});
