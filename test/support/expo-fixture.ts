import { AccountsAdminService } from '@livefair/accounts';
import { httpClient } from './http';
import { TestApp } from './test-app';

let made = 0;

/** A fresh organizer account (made as the operator makes them) and its token. */
export async function newOrganizer(
  t: TestApp,
  tag = 'org',
): Promise<{ token: string; userId: string; email: string; password: string }> {
  const email = `${tag}-${Date.now()}-${made++}@organizer.example.cn`;
  const password = 'organizer-pass-1';
  const user = await t.app.get(AccountsAdminService).createOrganizer({ email, password, displayName: `主办方 ${tag}` });
  const login = await httpClient(t.url).post('/api/auth/login', { email, password });
  if (login.status !== 200 && login.status !== 201) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
  return { token: login.body.accessToken, userId: user.id, email, password };
}

/**
 * A Shanghai wall time (`YYYY-MM-DDTHH:00`, as the console's form sends it) `days` after today's
 * date in Shanghai, and the same instant in UTC. Tests built on fixed dates broke once those passed.
 */
export function shanghaiTime(days: number, hour: number): { wall: string; utc: string } {
  const today = new Date(Date.now() + 8 * 3_600_000); // Shanghai's date, read with getUTC*
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days);
  const wall = `${new Date(day).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
  return { wall, utc: new Date(day + (hour - 8) * 3_600_000).toISOString() };
}

/** A draft expo body: from 3 days ago 09:00 to 27 days ahead 18:00, Shanghai time. */
export function expoBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '2026 出口转内销云展',
    nameEn: '2026 Export-to-Domestic Online Expo',
    description: '外贸工厂直播开拓国内市场。',
    descriptionEn: 'Export factories meet domestic buyers live.',
    startsAt: shanghaiTime(-3, 9).wall,
    endsAt: shanghaiTime(27, 18).wall,
    timeZone: 'Asia/Shanghai',
    ...overrides,
  };
}

/** A small category tree: apparel > knitwear (leaf), apparel > toys (CCC leaf), electronics (CCC leaf). */
export const CATEGORY_TREE = [
  { code: '61', nameZh: '服装', nameEn: 'Apparel' },
  { code: '61.01', parentCode: '61', nameZh: '针织服装', nameEn: 'Knitwear' },
  { code: '61.02', parentCode: '61', nameZh: '儿童玩具', nameEn: 'Toys', ccc: true },
  { code: '85', nameZh: '家用电器', nameEn: 'Home appliances', ccc: true },
];
