import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isPublicAddress, PrivateAddressError } from './webhook-address';
import { postWebhook } from './webhook-delivery';

describe('webhook addresses', () => {
  it.each(['8.8.8.8', '1.1.1.1', '203.0.113.9', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('%s is public', (a) =>
    expect(isPublicAddress(a)).toBe(true),
  );
  it.each([
    '127.0.0.1',
    '127.9.9.9',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:10.0.0.1',
    '[::1]',
    'not-an-address',
  ])('%s is not', (a) => expect(isPublicAddress(a)).toBe(false));
});

describe('postWebhook', () => {
  let server: Server;
  let port: number;
  let received = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      received++;
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((ok) => server.close(ok)));
  beforeEach(() => (received = 0));

  it('refuses a private IP literal without connecting', async () => {
    await expect(postWebhook(`http://127.0.0.1:${port}/hook`, {}, '{}', false)).rejects.toBeInstanceOf(PrivateAddressError);
    expect(received).toBe(0);
  });

  it('refuses a name that resolves to a private address, at connect time', async () => {
    await expect(postWebhook(`http://localhost:${port}/hook`, {}, '{}', false)).rejects.toBeInstanceOf(PrivateAddressError);
    expect(received).toBe(0);
  });

  it('delivers to a private address when allowed, and gives the answer status', async () => {
    await expect(
      postWebhook(`http://localhost:${port}/hook`, { 'content-type': 'application/json' }, '{"a":1}', true),
    ).resolves.toBe(204);
    expect(received).toBe(1);
  });

  it('fails a receiver that does not answer in time', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
    const p = (silent.address() as AddressInfo).port;
    await expect(postWebhook(`http://127.0.0.1:${p}/`, {}, '{}', true, 300)).rejects.toThrow();
    silent.closeAllConnections();
    await new Promise((ok) => silent.close(ok));
  });
});
