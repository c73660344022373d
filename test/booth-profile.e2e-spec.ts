import { pngBytes, productBody, uploadImage } from './support/catalog';
import { boothWorld, BoothWorld } from './support/booth-fixture';

/**
 * The exhibitor edits its booth's profile: logo and banner from its image uploads, intro in two
 * languages, a video link, a showcase of its published products, certifications, badges and
 * contacts. Other enterprises, buyers and strangers are refused; bad input gets its code and
 * leaves the stored profile as it was.
 */
describe('booth profile (MariaDB + Redis)', () => {
  let w: BoothWorld;
  let productIds: string[];
  let logoKey: string;
  let bannerKey: string;

  beforeAll(async () => {
    w = await boothWorld('booth_profile');
    productIds = (await w.http.get(`/api/booths/${w.boothId}`)).body.products.map((p: { id: string }) => p.id);
    expect(productIds.length).toBeGreaterThanOrEqual(2);
    logoKey = (await uploadImage(w.t.url, w.staff.token, pngBytes(64, 64, 0, [10, 90, 200]))).body.key;
    bannerKey = (await uploadImage(w.t.url, w.staff.token, pngBytes(400, 100, 0, [200, 90, 10]))).body.key;
  });
  afterAll(() => w?.t.close());

  const good = () => ({
    logoKey,
    bannerKey,
    introZh: '宁波源头工厂，专注纯棉针织二十年。\n支持小单快反。',
    introEn: 'A source factory in Ningbo: cotton knitwear for twenty years.',
    videoUrl: 'https://video.example.cn/tour.mp4?lang=zh',
    showcase: [productIds[1], productIds[0]],
    certifications: [{ code: 'ISO9001', number: 'CN-QMS-0815', validUntil: '2027-06-30' }, { code: 'OEKOTEX' }],
    badges: ['source-factory', 'specialised'],
    contacts: [
      { userId: w.staff.userId, name: '陈店长', title: '外贸部经理', phone: '+86 138 0013 8000' },
      { name: '李小姐', title: '跟单', wechat: 'factory_li88' },
    ],
  });

  it('stores the whole profile and shows it to anyone, showcase in the chosen order', async () => {
    const put = await w.http.put(`/api/booths/${w.boothId}/profile`, good(), w.staff.token);
    expect(put.status).toBe(200);
    const res = await w.http.get(`/api/booths/${w.boothId}/profile`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      boothId: w.boothId,
      enterpriseId: w.staff.enterpriseId,
      logo: { key: logoKey, url: `/api/images/${logoKey}` },
      banner: { key: bannerKey },
      introZh: good().introZh,
      introEn: good().introEn,
      videoUrl: 'https://video.example.cn/tour.mp4?lang=zh',
      badges: ['source-factory', 'specialised'],
      certifications: [
        { code: 'ISO9001', number: 'CN-QMS-0815', validUntil: '2027-06-30' },
        { code: 'OEKOTEX', number: '', validUntil: null },
      ],
      contacts: [
        { userId: w.staff.userId, name: '陈店长', title: '外贸部经理', phone: '+86 138 0013 8000', wechat: '' },
        { userId: null, name: '李小姐', title: '跟单', phone: '', wechat: 'factory_li88' },
      ],
    });
    expect(res.body.showcase.map((p: { id: string }) => p.id)).toEqual([productIds[1], productIds[0]]);
    expect(res.body.updatedAt).toEqual(expect.any(String));
    // The logo is served by the catalog's image route.
    const img = await fetch(`${w.t.url}${res.body.logo.url}`);
    expect(img.status).toBe(200);
  });

  it("refuses another enterprise's staff (403 NOT_OWNER), buyers (403 FORBIDDEN_ROLE) and strangers (401)", async () => {
    const other = await w.exhibitorWithBooth('other');
    const cases: [string | undefined, number, string][] = [
      [other.token, 403, 'NOT_OWNER'],
      [w.buyer.token, 403, 'FORBIDDEN_ROLE'],
      [undefined, 401, 'AUTH_REQUIRED'],
    ];
    for (const [token, status, code] of cases) {
      const res = await w.http.put(`/api/booths/${w.boothId}/profile`, { introZh: '被改了' }, token);
      expect([res.status, res.body.code]).toEqual([status, code]);
    }
    // ... and the other exhibitor edits its own booth fine, but not with the demo enterprise's image.
    expect((await w.http.put(`/api/booths/${other.boothId}/profile`, { introZh: '我的展位' }, other.token)).status).toBe(200);
    const stolen = await w.http.put(`/api/booths/${other.boothId}/profile`, { logoKey }, other.token);
    expect([stolen.status, stolen.body.code]).toEqual([403, 'IMAGE_NOT_OWNED']);
    expect((await w.http.get(`/api/booths/${w.boothId}/profile`)).body.introZh).toBe(good().introZh);
  });

  it('refuses bad links, badges, certifications, showcases and contacts with their codes, storing nothing', async () => {
    const before = (await w.http.get(`/api/booths/${w.boothId}/profile`)).body;
    const other = await w.exhibitorWithBooth('foreign');
    const foreign = await w.http.post('/api/my/products', productBody({ name: '别家的产品' }), other.token);
    await w.http.post(`/api/my/products/${foreign.body.id}/publish`, undefined, other.token);
    const draft = await w.http.post('/api/my/products', productBody({ name: '草稿产品' }), w.staff.token);
    expect(draft.status).toBe(201);
    const bad: [Record<string, unknown>, number, string][] = [
      [{ videoUrl: 'javascript:alert(1)' }, 400, 'BOOTH_VIDEO_URL_INVALID'],
      [{ videoUrl: 'ftp://files.example.cn/tour.mp4' }, 400, 'BOOTH_VIDEO_URL_INVALID'],
      [{ videoUrl: 'not a link' }, 400, 'BOOTH_VIDEO_URL_INVALID'],
      [{ videoUrl: 'https://user:pw@example.cn/v.mp4' }, 400, 'BOOTH_VIDEO_URL_INVALID'],
      [{ badges: ['source-factory', '世界第一'] }, 400, 'BOOTH_BADGE_UNKNOWN'],
      [{ badges: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, 400, 'VALIDATION_FAILED'],
      [{ certifications: [{ code: 'MADE-UP' }] }, 400, 'CERTIFICATION_UNKNOWN'],
      [{ certifications: [{ code: 'CE', validUntil: '2027-13-01' }] }, 400, 'VALIDATION_FAILED'],
      [{ showcase: [productIds[0], foreign.body.id] }, 422, 'BOOTH_SHOWCASE_INVALID'],
      [{ showcase: [draft.body.id] }, 422, 'BOOTH_SHOWCASE_INVALID'],
      [{ showcase: [productIds[0], productIds[0]] }, 400, 'VALIDATION_FAILED'],
      [{ contacts: [{ name: '无联系方式' }] }, 400, 'BOOTH_CONTACT_INVALID'],
      [{ contacts: [{ userId: other.userId, name: '冒名', phone: '13800138000' }] }, 400, 'BOOTH_CONTACT_INVALID'],
      [{ contacts: [{ name: '张三', phone: 'call me' }] }, 400, 'VALIDATION_FAILED'],
      [{ logoKey: '../../etc/passwd' }, 400, 'VALIDATION_FAILED'],
      [{ introZh: 'x'.repeat(4001) }, 400, 'VALIDATION_FAILED'],
      [{ headline: '不认识的字段' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [patch, status, code] of bad) {
      const res = await w.http.put(`/api/booths/${w.boothId}/profile`, { ...good(), ...patch }, w.staff.token);
      expect([JSON.stringify(patch).slice(0, 60), res.status, res.body.code]).toEqual([
        JSON.stringify(patch).slice(0, 60),
        status,
        code,
      ]);
    }
    expect((await w.http.get(`/api/booths/${w.boothId}/profile`)).body).toEqual(before);
  });

  it('keeps a contact account once listed, and drops a hidden product from the showcase it shows', async () => {
    // The second contact keeps the staff's account id (already listed) when the list is saved again.
    const again = await w.http.put(`/api/booths/${w.boothId}/profile`, good(), w.staff.token);
    expect(again.status).toBe(200);
    expect((await w.http.post(`/api/my/products/${productIds[1]}/hide`, undefined, w.staff.token)).status).toBe(200);
    const shown = (await w.http.get(`/api/booths/${w.boothId}/profile`)).body;
    expect(shown.showcase.map((p: { id: string }) => p.id)).toEqual([productIds[0]]);
    // Saving it as it stands now names only published products.
    const stale = await w.http.put(`/api/booths/${w.boothId}/profile`, good(), w.staff.token);
    expect([stale.status, stale.body.code]).toEqual([422, 'BOOTH_SHOWCASE_INVALID']);
    await w.http.post(`/api/my/products/${productIds[1]}/publish`, undefined, w.staff.token);
  });

  it('answers 404 BOOTH_NOT_FOUND for an unknown booth and serves the vocabulary', async () => {
    const missing = await w.http.get('/api/booths/00000000-0000-4000-8000-000000000000/profile');
    expect([missing.status, missing.body.code]).toEqual([404, 'BOOTH_NOT_FOUND']);
    const v = (await w.http.get('/api/booth-vocabulary')).body;
    expect(v.badges.map((b: { code: string }) => b.code)).toContain('specialised');
    expect(v.badges.find((b: { code: string }) => b.code === 'specialised').zh).toBe('专精特新');
    expect(v.provinces).toHaveLength(34);
    expect(v.countries).toHaveLength(249);
  });
});
