import { request } from 'node:http';

export interface AddressedResult {
  status: number;
  body: { code?: string; [k: string]: unknown };
  headers: Record<string, string | string[] | undefined>;
}

/**
 * POSTs JSON from a chosen local source address (any 127.x.y.z works on Linux loopback), so a test
 * can be several client IPs without trusting X-Forwarded-For. The server must listen on 0.0.0.0
 * or 127.0.0.1.
 */
export function postFrom(sourceIp: string, baseUrl: string, path: string, body: unknown): Promise<AddressedResult> {
  const url = new URL(path, baseUrl);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: sourceIp,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {}, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
