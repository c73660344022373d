import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { newExhibitor } from './catalog';
import { httpClient } from './http';
import { demoPassword, startProductionApp, TestApp } from './test-app';

export interface Who {
  token: string;
  userId: string;
  enterpriseId: string | null;
}

export interface BoothWorld {
  t: TestApp;
  http: ReturnType<typeof httpClient>;
  expoId: string;
  hallId: string;
  /** The demo exhibitor and its booth (A01, with published demo products). */
  staff: Who;
  boothId: string;
  buyer: Who;
  login(email: string): Promise<Who>;
  /** A new buyer account. */
  newBuyer(tag: string): Promise<Who>;
  /** A new exhibitor with an enterprise and a booth of its own in the demo expo's first hall. */
  exhibitorWithBooth(tag: string): Promise<Who & { boothId: string; enterpriseId: string }>;
}

let boothSeq = 0;

/** The demo data on MariaDB + Redis, with helpers for extra exhibitors (each with a booth) and buyers. */
export async function boothWorld(tag: string, extra: NodeJS.ProcessEnv = {}): Promise<BoothWorld> {
  const t = await startProductionApp(tag, { DEMO_DATA: 'true', ...extra });
  const http = httpClient(t.url);
  const login = async (email: string): Promise<Who> => {
    const res = await http.post('/api/auth/login', { email, password: demoPassword(t) });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
    return { token: res.body.accessToken, userId: res.body.user.id, enterpriseId: res.body.user.enterpriseId };
  };
  const staff = await login('exhibitor@demo.livefair.cn');
  const buyer = await login('buyer@demo.livefair.cn');
  const expoId = (await http.get('/api/expos')).body[0].id as string;
  const hallId = (await http.get(`/api/expos/${expoId}`)).body.halls[0].id as string;
  const booths = (await http.get(`/api/halls/${hallId}/booths`)).body as { id: string; enterprise: { id: string } }[];
  const boothId = booths.find((b) => b.enterprise.id === staff.enterpriseId)!.id;
  let buyers = 0;
  return {
    t,
    http,
    expoId,
    hallId,
    staff,
    boothId,
    buyer,
    login,
    async newBuyer(who) {
      const r = await http.post('/api/auth/register', {
        email: `buyer-${who}-${Date.now()}-${buyers++}@example.cn`,
        password: 'buyer-pass-123',
        displayName: `采购 ${who}`,
        role: 'buyer',
      });
      if (r.status !== 201) throw new Error(`register buyer: ${r.status} ${JSON.stringify(r.body)}`);
      return { token: r.body.accessToken, userId: r.body.user.id, enterpriseId: null };
    },
    async exhibitorWithBooth(who) {
      const ex = await newExhibitor(t.url, who);
      // Booth assignment is the organizer's (another branch): the fixture places the booth as the demo loader does.
      const id = randomUUID();
      const code = `Z${String(++boothSeq).padStart(2, '0')}`;
      await t.app
        .get(DataSource)
        .query(
          'INSERT INTO booths (id, hallId, expoId, enterpriseId, code, headline, liveStatus, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [id, hallId, expoId, ex.enterpriseId, code, `测试展位 ${who}`, 'offline', new Date()],
        );
      return { ...ex, boothId: id };
    },
  };
}
