import { LiveSessionService } from '@livefair/live';
import { productBody } from './support/catalog';
import { boothWorld, BoothWorld, Who } from './support/booth-fixture';

type Ex = Who & { boothId: string; enterpriseId: string };

/**
 * Buyers search booths and products: Chinese and English text, category, province/city, badges,
 * live now, pages. Three exhibitors of known profiles join the demo expo; every filter must
 * return exactly the booths it should among them (the demo booths have no profiles).
 */
describe('booth and product search (MariaDB + Redis)', () => {
  let w: BoothWorld;
  let a: Ex;
  let b: Ex;
  let c: Ex;
  const mine = () => new Set([a.boothId, b.boothId, c.boothId]);
  const boothIds = async (query: string) => {
    const res = await w.http.get(`/api/search/booths?${query}`);
    expect(res.status).toBe(200);
    return (res.body.items as { id: string }[]).map((i) => i.id).filter((id) => mine().has(id));
  };

  beforeAll(async () => {
    w = await boothWorld('booth_search', { BOOTH_SEARCHES_PER_MINUTE: '200' });
    a = await w.exhibitorWithBooth('knit');
    b = await w.exhibitorWithBooth('audio');
    c = await w.exhibitorWithBooth('yiwu');
    const setup: [Ex, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>][] = [
      [
        a,
        {
          introZh: '喜鹊牌纯棉针织，宁波源头工厂。',
          introEn: 'MagpieKnit: cotton knitwear from Ningbo.',
          badges: ['source-factory', 'specialised'],
        },
        { province: '330000', city: '宁波市', categories: ['TEX-KNIT'] },
        { name: '喜鹊有机棉婴儿连体衣', nameEn: 'MagpieKnit organic baby romper', category: '童装' },
      ],
      [
        b,
        { introZh: '东莞声学工厂，降噪耳机。', introEn: 'Dongguan acoustics: noise-cancelling earbuds.', badges: ['high-tech'] },
        { province: '440000', city: '东莞市', categories: ['ELEC-AUDIO'] },
        { name: '鲸声降噪耳塞', nameEn: 'WhaleSound ANC earplugs', category: '鲸声耳塞' },
      ],
      [
        c,
        { introZh: '义乌小商品，一件代发。', introEn: 'Yiwu small commodities.', badges: ['source-factory'] },
        { province: '330000', city: '义乌市', categories: ['GIFTS'] },
        { name: '萤火节日彩灯串', nameEn: 'Firefly festival string lights', category: '萤火灯饰' },
      ],
    ];
    for (const [ex, booth, enterprise, product] of setup) {
      expect((await w.http.put(`/api/booths/${ex.boothId}/profile`, booth, ex.token)).status).toBe(200);
      expect((await w.http.put('/api/my/enterprise/profile', enterprise, ex.token)).status).toBe(200);
      const p = await w.http.post('/api/my/products', productBody(product), ex.token);
      expect((await w.http.post(`/api/my/products/${p.body.id}/publish`, undefined, ex.token)).status).toBe(200);
    }
    // C goes live (the live context announces it; expo keeps the booth's status).
    const now = Date.now();
    const sessions = w.t.app.get(LiveSessionService);
    const principal = {
      userId: c.userId,
      role: 'exhibitor' as const,
      enterpriseId: c.enterpriseId,
      displayName: '义乌',
      issuedAt: now,
      expiresAt: now + 3_600_000,
    };
    const s = await sessions.create(principal, c.boothId, { title: '义乌直播' });
    await sessions.markLive(s.id);
  });
  afterAll(() => w?.t.close());

  it('finds booths by Chinese substrings and English words, case-insensitively', async () => {
    expect(await boothIds(`q=${encodeURIComponent('喜鹊')}`)).toEqual([a.boothId]);
    expect(await boothIds(`q=${encodeURIComponent('降噪')}`)).toEqual([b.boothId]);
    expect(await boothIds('q=magpieknit')).toEqual([a.boothId]);
    expect(await boothIds(`q=${encodeURIComponent('EARBUDS dongguan')}`)).toEqual([b.boothId]);
    // Every word must match: these two never meet in one booth.
    expect(await boothIds(`q=${encodeURIComponent('喜鹊 义乌')}`)).toEqual([]);
    // `%` and `_` are literal.
    expect(await boothIds('q=%25')).toEqual([]);
  });

  it('filters by province, city, category, badges and live now, live booths first', async () => {
    expect(await boothIds('province=330000')).toEqual([c.boothId, a.boothId]);
    expect(await boothIds(`province=330000&city=${encodeURIComponent('宁波市')}`)).toEqual([a.boothId]);
    expect(await boothIds('category=ELEC-AUDIO')).toEqual([b.boothId]);
    expect(await boothIds('badge=source-factory')).toEqual([c.boothId, a.boothId]);
    expect(await boothIds('badge=source-factory,specialised')).toEqual([a.boothId]);
    const live = await w.http.get('/api/search/booths?live=true');
    expect(live.body.items.map((i: { id: string }) => i.id)).toEqual([c.boothId]);
    expect(live.body.items[0]).toMatchObject({
      liveStatus: 'live',
      province: '330000',
      city: '义乌市',
      badges: ['source-factory'],
    });
    expect(await boothIds('live=true&province=440000')).toEqual([]);
    expect(await boothIds(`expoId=${w.expoId}&badge=high-tech`)).toEqual([b.boothId]);
  });

  it('pages with a total', async () => {
    const p1 = (await w.http.get('/api/search/booths?province=330000&pageSize=1&page=1')).body;
    const p2 = (await w.http.get('/api/search/booths?province=330000&pageSize=1&page=2')).body;
    expect([p1.total, p1.items.length, p2.items.length]).toEqual([2, 1, 1]);
    expect([p1.items[0].id, p2.items[0].id]).toEqual([c.boothId, a.boothId]);
    const all = (await w.http.get('/api/search/booths?pageSize=50')).body;
    expect(all.total).toBeGreaterThanOrEqual(35);
  });

  it('finds products by title in either language, with the booth filters and category', async () => {
    const names = async (query: string) =>
      ((await w.http.get(`/api/search/products?${query}`)).body.items as { product: { name: string } }[]).map(
        (i) => i.product.name,
      );
    expect(await names(`q=${encodeURIComponent('喜鹊有机棉')}`)).toEqual(['喜鹊有机棉婴儿连体衣']);
    expect(await names('q=WHALESOUND')).toEqual(['鲸声降噪耳塞']);
    expect(await names(`q=${encodeURIComponent('鲸声 earplugs')}`)).toEqual(['鲸声降噪耳塞']);
    expect(await names(`q=${encodeURIComponent('喜鹊')}&province=440000`)).toEqual([]);
    expect(await names(`category=${encodeURIComponent('萤火灯饰')}`)).toEqual(['萤火节日彩灯串']);
    expect(await names('category=TEX-KNIT')).toEqual(['喜鹊有机棉婴儿连体衣']);
    const live = (await w.http.get('/api/search/products?live=true')).body;
    expect(live.items.map((i: { product: { name: string } }) => i.product.name)).toEqual(['萤火节日彩灯串']);
    expect(live.items[0].booth).toMatchObject({ id: c.boothId, liveStatus: 'live' });
  });

  it('refuses bad filters with codes', async () => {
    const cases: [string, number, string][] = [
      ['badge=best-in-world', 400, 'BOOTH_BADGE_UNKNOWN'],
      ['province=zhejiang', 400, 'VALIDATION_FAILED'],
      ['pageSize=500', 400, 'VALIDATION_FAILED'],
      ['live=maybe', 400, 'VALIDATION_FAILED'],
      [`q=${'长'.repeat(65)}`, 400, 'VALIDATION_FAILED'],
      ['sort=price', 400, 'VALIDATION_FAILED'],
    ];
    for (const [query, status, code] of cases) {
      const res = await w.http.get(`/api/search/booths?${encodeURI(query)}`);
      expect([query, res.status, res.body.code]).toEqual([query, status, code]);
    }
  });

  it('rate-limits searches per user (429 RATE_LIMITED with Retry-After)', async () => {
    const hammer = await w.newBuyer('hammer');
    let limited: { status: number; body: { code: string }; headers: Headers } | null = null;
    for (let i = 0; i < 210 && !limited; i++) {
      const res = await w.http.get('/api/search/booths?q=x', hammer.token);
      if (res.status !== 200) limited = res;
    }
    expect(limited?.status).toBe(429);
    expect(limited?.body.code).toBe('RATE_LIMITED');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
