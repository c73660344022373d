import { EnterpriseProfileService } from '@livefair/expo';
import { boothWorld, BoothWorld } from './support/booth-fixture';

/** The exhibitor's enterprise profile: validated against the shipped lists, readable by anyone and by other contexts. */
describe('enterprise profile (MariaDB + Redis)', () => {
  let w: BoothWorld;
  beforeAll(async () => {
    w = await boothWorld('ent_profile');
  });
  afterAll(() => w?.t.close());

  const good = {
    province: '330000',
    city: '宁波市',
    categories: ['TEX-KNIT', 'TEX'],
    monthlyCapacity: 200000,
    capacityUnit: '件',
    oem: true,
    odm: false,
    vatSpecialInvoice: true,
    exportMarkets: ['US', 'DE', 'JP'],
    certifications: [{ code: 'BSCI', number: 'DBID-123456', validUntil: '2027-03-31' }],
  };

  it('starts empty, stores the whole profile and shows it to anyone and to other contexts', async () => {
    const empty = await w.http.get('/api/my/enterprise/profile', w.staff.token);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({
      enterpriseId: w.staff.enterpriseId,
      province: '',
      categories: [],
      oem: false,
      updatedAt: null,
    });
    const put = await w.http.put('/api/my/enterprise/profile', good, w.staff.token);
    expect(put.status).toBe(200);
    const expected = { ...good, enterpriseId: w.staff.enterpriseId, updatedAt: expect.any(String) };
    expect(put.body).toEqual(expected);
    expect((await w.http.get(`/api/enterprises/${w.staff.enterpriseId}/profile`)).body).toEqual(expected);
    // The read method matching will use.
    const svc = w.t.app.get(EnterpriseProfileService);
    expect(await svc.profileOf(w.staff.enterpriseId!)).toEqual(expected);
    expect((await svc.profilesOf([w.staff.enterpriseId!, '00000000-0000-4000-8000-000000000000'])).size).toBe(1);
  });

  it('refuses unknown provinces, countries, certifications and bad shapes with codes, storing nothing', async () => {
    const before = (await w.http.get('/api/my/enterprise/profile', w.staff.token)).body;
    const bad: [Record<string, unknown>, number, string][] = [
      [{ province: '999999' }, 400, 'PROVINCE_UNKNOWN'],
      [{ province: '浙江' }, 400, 'PROVINCE_UNKNOWN'],
      [{ province: '', city: '宁波市' }, 400, 'PROVINCE_UNKNOWN'],
      [{ exportMarkets: ['US', 'XX'] }, 400, 'COUNTRY_CODE_UNKNOWN'],
      [{ exportMarkets: ['usa'] }, 400, 'VALIDATION_FAILED'],
      [{ certifications: [{ code: 'ISO-FAKE' }] }, 400, 'CERTIFICATION_UNKNOWN'],
      [{ categories: ['纺织 品'] }, 400, 'VALIDATION_FAILED'],
      [{ monthlyCapacity: -5 }, 400, 'VALIDATION_FAILED'],
      [{ monthlyCapacity: 100, capacityUnit: '' }, 400, 'VALIDATION_FAILED'],
      [{ oem: 'yes' }, 400, 'VALIDATION_FAILED'],
      [{ name: '改名' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [patch, status, code] of bad) {
      const res = await w.http.put('/api/my/enterprise/profile', { ...good, ...patch }, w.staff.token);
      expect([JSON.stringify(patch), res.status, res.body.code]).toEqual([JSON.stringify(patch), status, code]);
    }
    expect((await w.http.get('/api/my/enterprise/profile', w.staff.token)).body).toEqual(before);
  });

  it('is the exhibitor’s own: buyers get 403 FORBIDDEN_ROLE, strangers 401, an unknown enterprise 404', async () => {
    const buyer = await w.http.put('/api/my/enterprise/profile', good, w.buyer.token);
    expect([buyer.status, buyer.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    const anon = await w.http.put('/api/my/enterprise/profile', good);
    expect([anon.status, anon.body.code]).toEqual([401, 'AUTH_REQUIRED']);
    const missing = await w.http.get('/api/enterprises/00000000-0000-4000-8000-000000000000/profile');
    expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND']);
    // Another exhibitor writes its own enterprise, never the demo one.
    const other = await w.exhibitorWithBooth('ent');
    await w.http.put('/api/my/enterprise/profile', { ...good, province: '440000', city: '东莞市' }, other.token);
    expect((await w.http.get(`/api/enterprises/${w.staff.enterpriseId}/profile`)).body.province).toBe('330000');
    expect((await w.http.get(`/api/enterprises/${other.enterpriseId}/profile`)).body.city).toBe('东莞市');
  });
});
