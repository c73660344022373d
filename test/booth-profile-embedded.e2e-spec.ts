import { AppConfig, loadConfig } from '@livefair/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './support/http';

/** The same profile, search and favourite code on the embedded engine (sql.js), with the demo data. */
describe('booth profiles, search and favourites on the embedded engine', () => {
  let close: () => Promise<void>;
  let url: string;
  let config: AppConfig;
  beforeAll(async () => {
    config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-booths-')),
      LOG_LEVEL: 'warn',
      MEDIASOUP_WORKERS: '1',
      DEMO_DATA: 'true',
    });
    const started = await startAllInOne(config, 0, false);
    url = started.url;
    close = () => started.app.close();
  });
  afterAll(() => close?.());

  it('stores profiles, finds the booth by text, province and badge, and keeps a favourite', async () => {
    const http = httpClient(url);
    const login = async (email: string) =>
      (await http.post('/api/auth/login', { email, password: config.demoPassword })).body.accessToken as string;
    const staff = await login('exhibitor@demo.livefair.cn');
    const buyer = await login('buyer@demo.livefair.cn');
    const [booth] = (await http.get('/api/my/booths', staff)).body;
    const products = (await http.get(`/api/booths/${booth.id}`)).body.products.map((p: { id: string }) => p.id);
    const put = await http.put(
      `/api/booths/${booth.id}/profile`,
      { introZh: '喜鹊牌纯棉针织', introEn: 'MagpieKnit', badges: ['source-factory'], showcase: [products[0]] },
      staff,
    );
    expect(put.status).toBe(200);
    const bad = await http.put(`/api/booths/${booth.id}/profile`, { videoUrl: 'javascript:alert(1)' }, staff);
    expect([bad.status, bad.body.code]).toEqual([400, 'BOOTH_VIDEO_URL_INVALID']);
    expect((await http.put('/api/my/enterprise/profile', { province: '330000', city: '宁波市', oem: true }, staff)).status).toBe(
      200,
    );

    const ids = async (q: string) => (await http.get(`/api/search/booths?${q}`)).body.items.map((b: { id: string }) => b.id);
    expect(await ids(`q=${encodeURIComponent('喜鹊')}`)).toEqual([booth.id]);
    expect(await ids('q=magpieknit')).toEqual([booth.id]);
    expect(await ids('province=330000&badge=source-factory')).toEqual([booth.id]);
    expect(await ids('badge=high-tech')).toEqual([]);
    const prods = (await http.get(`/api/search/products?q=${encodeURIComponent('T恤')}`)).body;
    expect(prods.items.length).toBeGreaterThan(0);

    expect((await http.put(`/api/booths/${booth.id}/favourite`, undefined, buyer)).status).toBe(200);
    expect((await http.put(`/api/booths/${booth.id}/favourite`, undefined, buyer)).status).toBe(200);
    expect((await http.get('/api/my/favourites', buyer)).body.map((f: { booth: { id: string } }) => f.booth.id)).toEqual([
      booth.id,
    ]);
  });
});
