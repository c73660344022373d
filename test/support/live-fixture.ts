import { httpClient } from './http';
import { ClientOptions, randomIp, TestLiveClient } from './live-client';
import { demoPassword, TestApp } from './test-app';

export interface DemoLogins {
  staff: string;
  buyer: string;
  buyerId: string;
  boothId: string;
}

/** Logs in the demo exhibitor and buyer and finds the exhibitor's booth (needs DEMO_DATA=true). */
export async function demoLogins(t: Pick<TestApp, 'url' | 'config'>): Promise<DemoLogins> {
  const http = httpClient(t.url);
  const DEMO_PASSWORD = demoPassword(t);
  const staff = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: DEMO_PASSWORD })).body
    .accessToken;
  const b = (await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password: DEMO_PASSWORD })).body;
  const boothId = (await http.get('/api/my/booths', staff)).body[0].id;
  return { staff, buyer: b.accessToken, buyerId: b.user.id, boothId };
}

/** A fresh buyer account (its own rate limits and socket quota). */
export async function newBuyer(url: string, name = '测试买家'): Promise<{ token: string; id: string; email: string }> {
  const email = `b${Date.now()}${Math.random().toString(36).slice(2, 8)}@example.cn`;
  const r = await httpClient(url).post('/api/auth/register', {
    email,
    password: 'buyer-pass-1',
    displayName: name,
    role: 'buyer',
  });
  if (r.status !== 201) throw new Error(`register: ${r.status} ${JSON.stringify(r.body)}`);
  return { token: r.body.accessToken, id: r.body.user.id, email };
}

export async function createSession(
  url: string,
  staff: string,
  boothId: string,
  body: Record<string, unknown> = {},
): Promise<string> {
  const r = await httpClient(url).post(`/api/booths/${boothId}/live-sessions`, { title: '测试直播', ...body }, staff);
  if (r.status !== 201) throw new Error(`create session: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id;
}

/** Polls `probe` until it returns true; fails after `ms` (a generous bound, not a timing assertion). */
export async function eventually(probe: () => boolean | Promise<boolean>, ms = 15_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `p`, or null if it has not settled within `ms` (a generous bound, not a timing assertion). */
export function within<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)))]).finally(() => clearTimeout(timer));
}

/** Clients opened by a test file, closed in afterAll. */
export class ClientPool {
  private readonly all: TestLiveClient[] = [];

  constructor(private readonly url: () => string) {}

  /** A client from its own random IP (X-Forwarded-For) unless `options` say otherwise. */
  async open(token?: string, options: ClientOptions = { forwardedFor: randomIp() }): Promise<TestLiveClient> {
    const c = await TestLiveClient.connect(this.url(), token, options);
    this.all.push(c);
    return c;
  }

  closeAll(): void {
    this.all.forEach((c) => c.close());
    this.all.length = 0;
  }
}

/** A new session of the booth and its stream key (for WHIP/RTP ingest). */
export async function sessionWithKey(
  url: string,
  staff: string,
  boothId: string,
  title: string,
): Promise<{ id: string; key: string }> {
  const id = await createSession(url, staff, boothId, { title });
  const key = (await httpClient(url).get(`/api/live-sessions/${id}/ingest`, staff)).body.streamKey;
  return { id, key };
}
