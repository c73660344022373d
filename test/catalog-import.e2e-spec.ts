import { newExhibitor } from './support/catalog';
import { httpClient } from './support/http';
import { csvGbk, csvWithBom, importFile, uploadCatalog, waitForImport, xlsxOf, zipClaiming } from './support/import-files';
import { newBuyer } from './support/live-fixture';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

/**
 * The export-catalog import end to end on MariaDB + Redis: spreadsheets made here in the formats
 * factories send (exceljs XLSX with merged header rows and formulas, UTF-8 CSV with BOM, GBK CSV),
 * through upload, mapping, preview, the queued run, re-import, readiness and acceptance.
 */
describe('catalog import (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    t = await startProductionApp('import', {
      DEMO_DATA: 'true',
      CATALOG_MAX_PRODUCTS: '3000',
      IMPORT_MAX_ROWS: '4000',
      IMPORT_MAX_MB: '1',
    });
    http = httpClient(t.url);
  });
  afterAll(() => t?.close());

  /** A catalog as an export sales office keeps it: a title row, a group row, the header, data with problems. */
  const exportCatalog = () =>
    xlsxOf(
      [
        ['ACME Home Appliances — Export Price List 2026'],
        ['Product', null, null, 'Customs', 'Trade terms'],
        ['Item No.', 'Description', '中文品名', 'HS Code', 'FOB Price (USD)', 'MOQ', 'Certificates', 'Carton Size'],
        ['KT-1001', 'Electric Kettle 1.7L', '电热水壶 1.7升', '8516.71.00', 'US$1,234.50', '500', 'CE, CB', '60x40x30cm'],
        [],
        ['TS-2001', 'Cotton Crew-Neck T-Shirt', null, 61091000, { formula: 'B1*0+3.2*2', result: 6.4 }, 1000, 'OEKO-TEX', ''],
        [null, 'Row without item number', null, '9403', '12'],
        ['LM-3001', 'LED Desk Lamp', null, '85A6', 'abc', '100'],
        ['kt-1001', 'Electric Kettle again', null, '85167100', '7.80', '10'],
      ],
      ['A1:H1', 'A2:C2', 'E2:F2'],
    );

  const products = async (token: string) => (await http.get('/api/my/products?pageSize=100', token)).body;

  it('reads an XLSX with merged header rows: header found, mapping guessed, every row previewed with its problems', async () => {
    const ex = await newExhibitor(t.url, 'imp-preview');
    const up = await uploadCatalog(t.url, ex.token, await exportCatalog());
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ format: 'xlsx', status: 'uploaded', headerRow: 3 });
    expect(up.body.headers.slice(0, 8)).toEqual([
      'Item No.',
      'Description',
      '中文品名',
      'HS Code',
      'FOB Price (USD)',
      'MOQ',
      'Certificates',
      'Carton Size',
    ]);
    expect(up.body.guessedMapping).toEqual({
      itemNo: 0,
      nameEn: 1,
      name: 2,
      hsCode: 3,
      fobUsd: 4,
      moq: 5,
      certifications: 6,
      cartonSize: 7,
    });
    expect(up.body.sample[0].slice(0, 5)).toEqual([
      'KT-1001',
      'Electric Kettle 1.7L',
      '电热水壶 1.7升',
      '8516.71.00',
      'US$1,234.50',
    ]);

    expect((await http.get(`/api/my/imports/${up.body.id}/preview`, ex.token)).body.code).toBe('IMPORT_NOT_MAPPED');
    const mapped = await http.put(`/api/my/imports/${up.body.id}/mapping`, { mapping: up.body.guessedMapping }, ex.token);
    expect(mapped.status).toBe(200);
    const preview = (await http.get(`/api/my/imports/${up.body.id}/preview?pageSize=50`, ex.token)).body;
    expect(preview).toMatchObject({ total: 5, good: 2, bad: 3, creates: 2, updates: 0 });
    const byRow = new Map(preview.items.map((r: any) => [r.row, r]));
    expect(byRow.get(4)).toMatchObject({
      itemNo: 'KT-1001',
      hsCode: '85167100',
      fobUsdCents: 123450,
      moq: 500,
      action: 'create',
      problems: [],
    });
    // The formula's cached value is read, never evaluated; numbers stored as numbers read as text.
    expect(byRow.get(6)).toMatchObject({ itemNo: 'TS-2001', hsCode: '61091000', fobUsdCents: 640, moq: 1000, action: 'create' });
    expect(byRow.has(5)).toBe(false); // the empty row
    const problems = preview.items.flatMap((r: any) => r.problems.map((p: any) => [p.row, p.column, p.code]));
    expect(problems).toEqual([
      [7, 'Item No.', 'ITEM_NO_MISSING'],
      [8, 'HS Code', 'HS_CODE_INVALID'],
      [8, 'FOB Price (USD)', 'PRICE_INVALID'],
      [9, 'Item No.', 'ITEM_NO_DUPLICATE'],
    ]);
    expect(preview.items.find((r: any) => r.row === 9).problems[0].reason).toBe('货号与第 4 行重复');
    const onlyBad = (await http.get(`/api/my/imports/${up.body.id}/preview?only=problems`, ex.token)).body;
    expect(onlyBad.items.map((r: any) => r.row)).toEqual([7, 8, 9]);
    expect((await products(ex.token)).total).toBe(0);
  });

  it('all-or-nothing writes nothing when a row is bad; good-rows imports the rest and offers the bad ones as CSV', async () => {
    const ex = await newExhibitor(t.url, 'imp-modes');
    const failed = await importFile(t.url, ex.token, await exportCatalog(), 'all-or-nothing');
    expect(failed).toMatchObject({ status: 'failed', failure: 'IMPORT_ROWS_INVALID', created: 0, bad: 3, totalRows: 5 });
    expect((await products(ex.token)).total).toBe(0);
    expect((await http.get('/api/my/readiness', ex.token)).body.total).toBe(0);

    const done = await importFile(t.url, ex.token, await exportCatalog(), 'good-rows');
    expect(done).toMatchObject({ status: 'done', created: 2, updated: 0, bad: 3, totalRows: 5, processedRows: 5 });
    const list = (await products(ex.token)).items;
    const kettle = list.find((p: any) => p.skus[0].skuCode === 'KT-1001');
    const shirt = list.find((p: any) => p.skus[0].skuCode === 'TS-2001');
    expect(kettle).toMatchObject({
      status: 'draft',
      name: '电热水壶 1.7升',
      nameEn: 'Electric Kettle 1.7L',
      category: '厨房小家电',
      unit: '件',
    });
    expect(kettle.certifications.map((c: any) => c.name)).toEqual(['CE', 'CB']);
    expect(kettle.specifications).toEqual([{ name: '箱规', value: '60x40x30cm' }]);
    // US$1,234.50 at 7.1000 = ¥8,764.95; +15 % = 10,079.69 net; +13 % VAT = 11,390.05 wholesale; +50 % retail.
    expect(kettle.skus[0]).toMatchObject({ moq: 500, tiers: [{ minQty: 500, unitPriceFen: 1139005 }], retailPriceFen: 1708508 });
    expect(shirt).toMatchObject({ name: 'Cotton Crew-Neck T-Shirt', category: 'T恤' });

    const csv = await fetch(`${t.url}/api/my/imports/${done.id}/bad-rows.csv`, {
      headers: { authorization: `Bearer ${ex.token}` },
    });
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('行号,列,问题代码,原因');
    expect(lines.slice(1)).toEqual([
      '7,Item No.,ITEM_NO_MISSING,缺少货号',
      '8,HS Code,HS_CODE_INVALID,HS 编码应为 4 到 10 位数字（可带点）：“85A6”',
      '8,FOB Price (USD),PRICE_INVALID,FOB 美元价格无法识别：“abc”',
      '9,Item No.,ITEM_NO_DUPLICATE,货号与第 4 行重复',
    ]);
  });

  it('re-imports by item number (a UTF-8 CSV with BOM, semicolons, "1.234,50"): updates, no duplicates; the mapping is remembered', async () => {
    const ex = await newExhibitor(t.url, 'imp-reimport');
    await importFile(t.url, ex.token, await exportCatalog(), 'good-rows');
    const csv = csvWithBom(
      [
        ['Item No.', 'Description', 'HS Code', 'FOB Price (USD)', 'MOQ', 'Stock'],
        ['KT-1001', 'Electric Kettle 1.7L (2026)', '8516.71', '1.234,50', '1.000', '2500'],
        ['', '', '', '', '', ''],
        ['BG-4001', 'Canvas Tote Bag', '4202.22', '2,10', '300', '0'],
      ],
      ';',
    );
    const up = await uploadCatalog(t.url, ex.token, csv, 'update.csv');
    expect(up.status).toBe(201);
    expect(up.body.format).toBe('csv');
    // Remembered from the first import by header text (Stock is new: not mapped until the exhibitor maps it).
    expect(up.body.guessedMapping).toEqual({ itemNo: 0, nameEn: 1, hsCode: 2, fobUsd: 3, moq: 4 });
    await http.put(`/api/my/imports/${up.body.id}/mapping`, { mapping: { ...up.body.guessedMapping, stock: 5 } }, ex.token);
    const preview = (await http.get(`/api/my/imports/${up.body.id}/preview`, ex.token)).body;
    expect(preview).toMatchObject({ total: 2, creates: 1, updates: 1, bad: 0 });
    await http.post(`/api/my/imports/${up.body.id}/run`, { mode: 'all-or-nothing' }, ex.token);
    const done = await waitForImport(t.url, ex.token, up.body.id);
    expect(done).toMatchObject({ status: 'done', created: 1, updated: 1, bad: 0 });
    const list = (await products(ex.token)).items;
    expect(list).toHaveLength(3);
    const kettle = list.find((p: any) => p.skus[0].skuCode === 'KT-1001');
    // The Chinese title from the first file stays (this file has none); the rest follows the file.
    expect(kettle).toMatchObject({ name: '电热水壶 1.7升', nameEn: 'Electric Kettle 1.7L (2026)' });
    expect(kettle.skus[0]).toMatchObject({ moq: 1000, stock: 2500, tiers: [{ minQty: 1000, unitPriceFen: 1139005 }] });
    const bag = list.find((p: any) => p.skus[0].skuCode === 'BG-4001');
    expect(bag).toMatchObject({ category: '箱包' });
    expect(bag.skus[0].tiers[0].unitPriceFen).toBe(1938); // US$2.10 -> ¥14.91 -> ¥17.15 net -> ¥19.38 with VAT
  });

  it('imports a GBK CSV with Chinese headers as older Excel writes it', async () => {
    const ex = await newExhibitor(t.url, 'imp-gbk');
    const file = csvGbk([
      ['货号', '中文品名', '英文品名', '海关编码', 'FOB价格', '起订量', '认证'],
      ['JK-501', '防泼水轻薄夹克', 'Water-repellent jacket', '6201.40', '$18.60', '200件', 'GB/T 32614'],
      ['PB-20K', '20000毫安快充移动电源', 'Power bank 20000mAh', '85076000', '9.9', '1,000', '3C; UN38.3'],
    ]);
    const done = await importFile(t.url, ex.token, file, 'all-or-nothing', '老版本目录.csv');
    expect(done).toMatchObject({ status: 'done', created: 2, bad: 0, fileName: '老版本目录.csv' });
    const list = (await products(ex.token)).items;
    expect(list.map((p: any) => [p.skus[0].skuCode, p.name, p.category, p.skus[0].moq]).sort()).toEqual([
      ['JK-501', '防泼水轻薄夹克', '外套', 200],
      ['PB-20K', '20000毫安快充移动电源', '充电宝', 1000],
    ]);
    const readiness = (await http.get('/api/my/readiness', ex.token)).body.items;
    const bank = readiness.find((r: any) => r.itemNo === 'PB-20K');
    // A CCC pointer with a 3C certificate held: required and present.
    expect(bank).toMatchObject({ ccc: 'required', certifications: ['3C', 'UN38.3'] });
    expect(bank.blockers).not.toContain('ccc-missing');
    const jacket = readiness.find((r: any) => r.itemNo === 'JK-501');
    expect(jacket.ccc).toBe('not-listed');
    expect(jacket.labelling.map((l: any) => l.key)).toEqual(expect.arrayContaining(['fibre', 'care', 'safety-class']));
  });

  it('proposes, lets the exhibitor edit and accept; an accepted product is on the booth', async () => {
    const login = await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) });
    const token = login.body.accessToken;
    const settings = await http.put(
      '/api/my/import-settings',
      {
        usdCnyRate4: 72_000,
        vatBp: 1300,
        exportRefundBp: 900,
        wholesaleMarginBp: 2000,
        retailMarginBp: 6000,
        producerName: '宁波申洲针织有限公司',
        producerAddress: '浙江省宁波市北仑区',
      },
      token,
    );
    expect(settings.status).toBe(200);
    const file = csvWithBom([
      ['Item No.', 'Description', 'HS Code', 'FOB Price (USD)', 'MOQ'],
      ['DEMO-KT-9', 'Electric Kettle 1.7L', '8516.71.00', '10.00', '100'],
    ]);
    const done = await importFile(t.url, token, file, 'all-or-nothing', 'demo.csv');
    expect(done.status).toBe('done');
    const item = (await http.get('/api/my/readiness', token)).body.items.find((r: any) => r.itemNo === 'DEMO-KT-9');
    // US$10 at 7.2: ¥72.00 FOB; +20 % = ¥86.40 net, VAT ¥11.23 -> ¥97.63 wholesale; +60 % -> ¥156.21 retail.
    expect(item).toMatchObject({
      wholesaleFen: 9763,
      retailFen: 15621,
      ccc: 'check',
      category: '厨房小家电',
      categorySource: 'hs-heading',
    });
    expect(item.comparison).toEqual({
      fobCnyFen: 7200,
      exportRefundFen: 573,
      exportEarningFen: 7773,
      domesticNetFen: 8640,
      domesticVatFen: 1123,
      refundGivenUpFen: 573,
    });
    expect(item.blockers).toEqual(expect.arrayContaining(['no-chinese-title', 'ccc-unconfirmed', 'not-accepted']));
    expect(item.labelling.find((l: any) => l.key === 'producer').ok).toBe(true);

    const blocked = await http.post(`/api/my/readiness/${item.productId}/accept`, {}, token);
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('READINESS_BLOCKED');
    expect(blocked.body.details.map((d: any) => d.field).sort()).toEqual(['ccc-unconfirmed', 'no-chinese-title']);

    const edited = await http.put(
      `/api/my/readiness/${item.productId}`,
      {
        name: '家用电热水壶 1.7升',
        description: '304不锈钢内胆，自动断电。',
        ccc: 'required',
        certifications: ['CE', '3C'],
        retailFen: 12900,
      },
      token,
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: '家用电热水壶 1.7升', retailFen: 12900, wholesaleFen: 9763, ccc: 'required' });
    expect(edited.body.blockers).not.toContain('ccc-missing');
    const accepted = await http.post(`/api/my/readiness/${item.productId}/accept`, {}, token);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ accepted: true, productStatus: 'published' });

    const boothId = (await http.get('/api/my/booths', token)).body[0].id;
    const booth = (await http.get(`/api/booths/${boothId}`)).body;
    const onBooth = booth.products.find((p: any) => p.id === item.productId);
    expect(onBooth).toMatchObject({ name: '家用电热水壶 1.7升', category: '厨房小家电' });
    expect(onBooth.skus[0]).toMatchObject({ retailPriceFen: 12900, tiers: [{ minQty: 100, unitPriceFen: 9763 }] });

    const report = (await http.get('/api/my/readiness/report', token)).body;
    expect(report.products).toBeGreaterThanOrEqual(1);
    const csv = await fetch(`${t.url}/api/my/readiness/report.csv`, { headers: { authorization: `Bearer ${token}` } });
    const text = Buffer.from(await csv.arrayBuffer());
    expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.subarray(3).toString('utf8').split('\r\n')[0]).toBe(
      '货号,中文品名,英文品名,HS编码,内销品类,FOB美元,批发价(元),零售价(元),3C,已上架,内销就绪,待解决',
    );
  });

  it("gives the expo's organizer the readiness of every exhibitor with a booth there, as JSON and CSV", async () => {
    const org = await http.post('/api/auth/login', { email: 'organizer@demo.livefair.cn', password: demoPassword(t) });
    const ex = await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) });
    const expoId = (await http.get('/api/expos')).body[0].id;
    const r = await http.get(`/api/expos/${expoId}/readiness`, org.body.accessToken);
    expect(r.status).toBe(200);
    const demo = r.body.exhibitors.find((e: any) => e.enterpriseId === ex.body.user.enterpriseId);
    // The demo exhibitor imported DEMO-KT-9 above and accepted it (a Chinese description is still missing).
    expect(demo).toMatchObject({
      products: 1,
      ready: 0,
      blockers: { 'no-chinese-description': 0, 'labelling-incomplete': 1, 'not-accepted': 0 },
    });
    expect(r.body.exhibitors.length).toBeGreaterThan(1);
    expect(r.body.products).toBeGreaterThanOrEqual(1);
    const csv = await fetch(`${t.url}/api/expos/${expoId}/readiness/csv`, {
      headers: { authorization: `Bearer ${org.body.accessToken}` },
    });
    const lines = Buffer.from(await csv.arrayBuffer())
      .subarray(3)
      .toString('utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^企业,导入产品,内销就绪,no-chinese-title,/);
    expect(lines).toHaveLength(r.body.exhibitors.length + 1);
    expect((await http.get(`/api/expos/${expoId}/readiness`, ex.body.accessToken)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await http.get('/api/expos/00000000-0000-4000-8000-000000000000/readiness', org.body.accessToken)).body.code).toBe(
      'EXPO_NOT_FOUND',
    );
  });

  it('keeps to the product cap: rows past it are bad rows, the rest import', async () => {
    const ex = await newExhibitor(t.url, 'imp-cap');
    const rows = [
      ['Item No.', 'Description', 'FOB'],
      ...Array.from({ length: 3005 }, (_, i) => [`CAP-${i + 1}`, `Item ${i + 1}`, '1.00']),
    ];
    const done = await importFile(t.url, ex.token, csvWithBom(rows), 'good-rows', 'cap.csv');
    expect(done).toMatchObject({ status: 'done', created: 3000, bad: 5, totalRows: 3005 });
    expect((await products(ex.token)).total).toBe(3000);
    const bad = await fetch(`${t.url}/api/my/imports/${done.id}/bad-rows.csv`, {
      headers: { authorization: `Bearer ${ex.token}` },
    });
    const lines = Buffer.from(await bad.arrayBuffer())
      .subarray(3)
      .toString('utf8')
      .trim()
      .split('\r\n');
    expect(lines.slice(1)).toEqual(
      [3002, 3003, 3004, 3005, 3006].map(
        (row) => `${row},Item No.,PRODUCT_LIMIT_REACHED,已达到企业产品数量上限 3000，此行未导入`,
      ),
    );
  });

  it('refuses what is not a catalog: zip bombs, binaries, too many columns or rows, a file over the size', async () => {
    const ex = await newExhibitor(t.url, 'imp-refuse');
    // A "workbook" whose one part claims to unpack to 3 GB.
    const bomb = zipClaiming('xl/worksheets/sheet1.xml', Buffer.alloc(1024 * 1024), 3_000_000_000);
    expect((await uploadCatalog(t.url, ex.token, bomb)).body.code).toBe('IMPORT_ZIP_TOO_LARGE');
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
    expect((await uploadCatalog(t.url, ex.token, png, 'x.csv')).body.code).toBe('IMPORT_FILE_UNREADABLE');
    const wide = csvWithBom([Array.from({ length: 70 }, (_, i) => `c${i}`), Array.from({ length: 70 }, () => 'x')]);
    expect((await uploadCatalog(t.url, ex.token, wide, 'wide.csv')).body.code).toBe('IMPORT_TOO_MANY_COLUMNS');
    const huge = Buffer.alloc(1024 * 1024 + 10, 'a');
    const big = await uploadCatalog(t.url, ex.token, huge, 'big.csv');
    expect([big.status, big.body.code]).toEqual([413, 'IMPORT_FILE_TOO_LARGE']);
    expect((await uploadCatalog(t.url, ex.token, Buffer.from(''), 'empty.csv')).body.code).toBe('IMPORT_NO_HEADER');

    const long = csvWithBom([['Item No.', 'Description'], ...Array.from({ length: 4001 }, (_, i) => [`L-${i}`, 'x'])]);
    const up = await uploadCatalog(t.url, ex.token, long, 'long.csv');
    expect(up.status).toBe(201);
    await http.put(`/api/my/imports/${up.body.id}/mapping`, { mapping: up.body.guessedMapping }, ex.token);
    const preview = await http.get(`/api/my/imports/${up.body.id}/preview`, ex.token);
    expect([preview.status, preview.body.code]).toEqual([400, 'IMPORT_TOO_MANY_ROWS']);

    const bad = await http.put(`/api/my/imports/${up.body.id}/mapping`, { mapping: { nameEn: 1, hsCode: 9, moq: 1 } }, ex.token);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('IMPORT_MAPPING_INVALID');
    expect(bad.body.details.map((d: any) => d.field).sort()).toEqual(['mapping.hsCode', 'mapping.itemNo', 'mapping.moq']);
    expect((await http.post(`/api/my/imports/${up.body.id}/run`, { mode: 'sometimes' }, ex.token)).body.code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('lets only the owning exhibitor see, run or cancel an import', async () => {
    const owner = await newExhibitor(t.url, 'imp-owner');
    const other = await newExhibitor(t.url, 'imp-other');
    const buyer = await newBuyer(t.url);
    const up = await uploadCatalog(
      t.url,
      owner.token,
      csvWithBom([
        ['Item No.', 'Description'],
        ['A-1', 'Thing'],
      ]),
      'a.csv',
    );
    const id = up.body.id;
    expect((await http.get(`/api/my/imports/${id}`, other.token)).body.code).toBe('NOT_OWNER');
    expect((await http.post(`/api/my/imports/${id}/run`, { mode: 'good-rows' }, other.token)).body.code).toBe('NOT_OWNER');
    expect((await http.get(`/api/my/imports/${id}`, buyer.token)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await http.get(`/api/my/imports/${id}`)).status).toBe(401);
    expect((await uploadCatalog(t.url, buyer.token, Buffer.from('a,b'))).body.code).toBe('FORBIDDEN_ROLE');
    expect((await http.get('/api/my/imports/not-a-uuid', owner.token)).body.code).toBe('VALIDATION_FAILED');
    expect((await http.post(`/api/my/imports/${id}/cancel`, {}, owner.token)).body.code).toBe('IMPORT_STATE_CONFLICT');
  });

  it('cancels: a queued run never starts, a running all-or-nothing run rolls back; two runs of one enterprise never overlap', async () => {
    const a = await newExhibitor(t.url, 'imp-cancel-a');
    const b = await newExhibitor(t.url, 'imp-cancel-b');
    const big = csvWithBom([
      ['Item No.', 'Description', 'FOB'],
      ...Array.from({ length: 2900 }, (_, i) => [`BIG-${i}`, `Item ${i}`, '2.50']),
    ]);
    const small = csvWithBom([
      ['Item No.', 'Description'],
      ['S-1', 'Small'],
    ]);
    const mapped = async (token: string, file: Buffer) => {
      const up = await uploadCatalog(t.url, token, file, 'f.csv');
      await http.put(`/api/my/imports/${up.body.id}/mapping`, { mapping: up.body.guessedMapping }, token);
      return up.body.id as string;
    };
    const aId = await mapped(a.token, big);
    const aSecond = await mapped(a.token, small);
    const bId = await mapped(b.token, small);
    expect((await http.post(`/api/my/imports/${aId}/run`, { mode: 'all-or-nothing' }, a.token)).status).toBe(202);
    const busy = await http.post(`/api/my/imports/${aSecond}/run`, { mode: 'good-rows' }, a.token);
    expect([busy.status, busy.body.code]).toEqual([409, 'IMPORT_BUSY']);
    // B waits behind A on the import queue (one run at a time): cancelled there, it never starts.
    expect((await http.post(`/api/my/imports/${bId}/run`, { mode: 'good-rows' }, b.token)).status).toBe(202);
    expect((await http.post(`/api/my/imports/${bId}/cancel`, {}, b.token)).status).toBe(200);
    // A is cancelled once it has written its first batch (in its transaction).
    const until = Date.now() + 30_000;
    while ((await http.get(`/api/my/imports/${aId}`, a.token)).body.processedRows < 500 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await http.post(`/api/my/imports/${aId}/cancel`, {}, a.token)).status).toBe(200);
    const endA = await waitForImport(t.url, a.token, aId);
    const endB = await waitForImport(t.url, b.token, bId);
    expect(endA.status).toBe('cancelled');
    expect(endA.processedRows).toBeLessThan(2900);
    expect(endB).toMatchObject({ status: 'cancelled', processedRows: 0 });
    expect((await products(a.token)).total).toBe(0);
    expect((await products(b.token)).total).toBe(0);
  });
});
