import { httpClient } from './support/http';
import { DemoLogins, demoLogins, newBuyer } from './support/live-fixture';
import { addProduct, newExhibitor, placeOrder, SHIP_TO, SPECIAL_INVOICE } from './support/orders-fixture';
import { startProductionApp, TestApp } from './support/test-app';

/**
 * Order management for the seller's staff: the list with filters, search and pages, the CSV
 * export for Excel, the receiving account and the payment instructions buyers see.
 */
describe('seller order management (MariaDB + Redis)', () => {
  let t: TestApp;
  let demo: DemoLogins;
  let skuA: string;
  let skuB: string;
  let alice: { token: string; id: string };
  let bob: { token: string; id: string };
  const ids: Record<string, string> = {};
  const http = () => httpClient(t.url);
  const list = async (query: string, token = demo.staff) => (await http().get(`/api/seller/orders${query}`, token)).body;
  const csvBytes = async (query = '', token = demo.staff) => {
    const res = await fetch(`${t.url}/api/seller/orders.csv${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await startProductionApp('orders_seller', { DEMO_DATA: 'true', ORDERS_MAX_PER_MINUTE: '1000' });
    demo = await demoLogins(t);
    const enterpriseId = (await http().get(`/api/booths/${demo.boothId}`)).body.enterprise.id;
    skuA = (await addProduct(t.app, enterpriseId, { name: '羊毛混纺开衫 "加厚", 冬款' })).skuIds[0];
    skuB = (await addProduct(t.app, enterpriseId, { name: '纯棉T恤', moq: 10, tiers: [[10, 1234]] })).skuIds[0];
    alice = await newBuyer(t.url, '=HYPERLINK("http://evil.example")');
    bob = await newBuyer(t.url, '赵经理');
    ids.a1 = (
      await placeOrder(t.url, alice.token, {
        type: 'bulk',
        skuId: skuA,
        quantity: 50,
        shipTo: SHIP_TO,
        invoice: SPECIAL_INVOICE,
        note: '+1 请开专票',
      })
    ).body.id;
    ids.a2 = (await placeOrder(t.url, alice.token, { type: 'sample', skuId: skuA, quantity: 1, note: '@SUM(A1)' })).body.id;
    ids.b1 = (
      await placeOrder(t.url, bob.token, {
        type: 'bulk',
        skuId: skuB,
        quantity: 13,
        shipTo: { ...SHIP_TO, phone: '057487654321' },
      })
    ).body.id;
    ids.b2 = (await placeOrder(t.url, bob.token, { type: 'retail', skuId: skuB, quantity: 1 })).body.id;
    await http().post(`/api/orders/${ids.b1}/confirm`, {}, demo.staff);
    await http().post(`/api/orders/${ids.b2}/cancel`, { reason: '-客户取消' }, demo.staff);
  });
  afterAll(() => t?.close());

  const idsOf = (page: { items: { id: string }[] }) => page.items.map((o) => o.id);

  it('lists the enterprise orders newest first, filtered by status, type, buyer and dates, searched, in pages', async () => {
    expect(idsOf(await list(''))).toEqual([ids.b2, ids.b1, ids.a2, ids.a1]);
    expect(idsOf(await list('?status=placed'))).toEqual([ids.a2, ids.a1]);
    expect(idsOf(await list('?status=confirmed,cancelled'))).toEqual([ids.b2, ids.b1]);
    expect(idsOf(await list('?type=sample,retail'))).toEqual([ids.b2, ids.a2]);
    expect(idsOf(await list(`?buyerId=${bob.id}`))).toEqual([ids.b2, ids.b1]);
    expect(idsOf(await list(`?q=${encodeURIComponent('赵经')}`))).toEqual([ids.b2, ids.b1]);
    expect(idsOf(await list(`?q=${encodeURIComponent('加厚')}`))).toEqual([ids.a2, ids.a1]);
    const one = (await http().get(`/api/orders/${ids.a1}`, demo.staff)).body;
    expect(idsOf(await list(`?q=${one.orderNo.slice(0, 12)}`))).toContain(ids.a1);
    expect(idsOf(await list(`?q=${encodeURIComponent('%')}`))).toEqual([]);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const past = new Date(Date.now() - 3_600_000).toISOString();
    expect((await list(`?from=${future}`)).total).toBe(0);
    expect((await list(`?from=${past}&to=${future}`)).total).toBe(4);
    expect((await list(`?to=${past}`)).total).toBe(0);
    const page2 = await list('?pageSize=3&page=2');
    expect([page2.total, page2.page, page2.pageSize, idsOf(page2)]).toEqual([4, 2, 3, [ids.a1]]);
    expect(page2.items[0].history).toEqual([]);
  });

  it('refuses bad filters with 400 and keeps the list to the caller', async () => {
    for (const q of ['?status=lost', '?pageSize=101', '?page=0', '?from=yesterday', '?buyerId=bob', '?sort=price'])
      expect([q, (await http().get(`/api/seller/orders${q}`, demo.staff)).body.code]).toEqual([q, 'VALIDATION_FAILED']);
    expect((await http().get('/api/seller/orders', bob.token)).body.code).toBe('FORBIDDEN_ROLE');
    const rival = await newExhibitor(t.url);
    expect((await list('', rival.token)).total).toBe(0);
  });

  it("lists a buyer's own orders with the same filters", async () => {
    const mine = (await http().get('/api/my/orders', bob.token)).body;
    expect(idsOf(mine)).toEqual([ids.b2, ids.b1]);
    expect(idsOf((await http().get('/api/my/orders?status=cancelled', bob.token)).body)).toEqual([ids.b2]);
    expect((await http().get('/api/my/orders', demo.staff)).body.code).toBe('FORBIDDEN_ROLE');
  });

  it('exports CSV that Excel opens: BOM, CRLF, quoted fields, Chinese, yuan and fen, guarded formulas and digits', async () => {
    const { status, headers, bytes } = await csvBytes();
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toMatch(
      /^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(6); // header, 4 orders, '' after the last CRLF
    expect(lines[5]).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(lines[0]).toMatch(/^"订单号","下单时间 \(UTC\)","类型","状态","买家","商品",/);
    expect(lines[0]).toContain('"单价 (元)","单价 (分)","金额 (元)","金额 (分)"');
    const a1 = (await http().get(`/api/orders/${ids.a1}`, demo.staff)).body;
    const row = lines.find((l) => l.startsWith(`"${a1.orderNo}"`))!;
    expect(row).toContain('"批发","待确认"');
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(row).toContain('"羊毛混纺开衫 ""加厚"", 冬款"');
    expect(row).toContain('"50","件","30.00","3000","1500.00","150000"');
    expect(row).toContain('"增值税专用发票","杭州优选商贸有限公司","91330106MA2B1C2D3E"');
    expect(row).toContain('"13800138000\t"');
    expect(row).toContain('"571908888810001\t"');
    expect(row).toContain(`"'+1 请开专票"`);
    const b1 = lines.find((l) => l.includes('"纯棉T恤"') && l.includes('"待付款"'))!;
    expect(b1).toContain('"13","件","12.34","1234","160.42","16042"');
    expect(b1).toContain('"057487654321\t"');
    expect(text).toContain(`"'@SUM(A1)"`);
    expect(text).toContain(`"'-客户取消"`);
    for (const line of lines.slice(0, 5)) expect(line).toMatch(/^"([^"]|"")*"(,"([^"]|"")*")*$/);
  });

  it('exports with the list filters and English headers on request', async () => {
    const { bytes } = await csvBytes('?status=cancelled&lang=en');
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0].startsWith('"Order no","Placed at (UTC)","Type","Status","Buyer","Product"')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Retail","Cancelled"');
    const bad = await fetch(`${t.url}/api/seller/orders.csv?lang=fr`, { headers: { authorization: `Bearer ${demo.staff}` } });
    expect([bad.status, ((await bad.json()) as { code: string }).code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await csvBytes('', bob.token)).status).toBe(403);
  });

  it("shows buyers the seller's receiving account with the order number as the transfer reference", async () => {
    const before = (await http().get(`/api/orders/${ids.b1}/payment`, bob.token)).body;
    expect(before).toMatchObject({ method: 'bank_transfer', state: 'awaiting', payee: null, amountFen: 16042 });
    expect((await http().get('/api/seller/payment-account', demo.staff)).body).toEqual({ account: null });
    const account = {
      accountName: '宁波申洲针织有限公司',
      bankName: '中国工商银行宁波分行营业部',
      accountNo: '3901 0000 0920 0123 456',
      note: '转账请备注订单号',
    };
    const put = await http().put('/api/seller/payment-account', account, demo.staff);
    expect(put.status).toBe(200);
    expect(put.body.account).toMatchObject(account);
    const updated = await http().put('/api/seller/payment-account', { ...account, note: '' }, demo.staff);
    expect(updated.body.account.note).toBe('');
    const after = (await http().get(`/api/orders/${ids.b1}/payment`, bob.token)).body;
    expect(after).toMatchObject({
      orderNo: after.reference,
      state: 'awaiting',
      payee: { ...account, note: '' },
      paymentRef: null,
    });
    expect(after.reference).toMatch(/^LF/);
    expect((await http().get(`/api/orders/${ids.a1}/payment`, alice.token)).body.state).toBe('not_yet');
    expect((await http().get(`/api/orders/${ids.b2}/payment`, bob.token)).body.state).toBe('closed');
    await http().post(`/api/orders/${ids.b1}/pay`, { paymentRef: 'ICBC-778899' }, demo.staff);
    expect((await http().get(`/api/orders/${ids.b1}/payment`, demo.staff)).body).toMatchObject({
      state: 'paid',
      paymentRef: 'ICBC-778899',
    });
  });

  it('refuses a receiving account that is not one, and buyers setting one', async () => {
    const good = { accountName: '某工厂', bankName: '某银行', accountNo: '62220000000000' };
    for (const bad of [
      { ...good, accountNo: 'abc' },
      { ...good, accountName: '' },
      { ...good, iban: 'x' },
      { bankName: '某银行' },
    ])
      expect((await http().put('/api/seller/payment-account', bad, demo.staff)).body.code).toBe('VALIDATION_FAILED');
    expect((await http().put('/api/seller/payment-account', good, bob.token)).body.code).toBe('FORBIDDEN_ROLE');
  });

  it('documents every order endpoint, its body and the Idempotency-Key in the OpenAPI document', async () => {
    const doc = (await http().get('/api/docs/openapi.json')).body;
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/api/orders',
      '/api/my/orders',
      '/api/orders/{id}',
      '/api/orders/{id}/payment',
      '/api/orders/{id}/delivery',
      '/api/orders/{id}/cancel',
      '/api/orders/{id}/complete',
      '/api/orders/{id}/confirm',
      '/api/orders/{id}/pay',
      '/api/orders/{id}/ship',
      '/api/seller/orders',
      '/api/seller/orders.csv',
      '/api/seller/payment-account',
      '/api/skus/{id}/order-terms',
    ])
      expect(paths).toContain(p);
    const place = doc.paths['/api/orders'].post;
    expect(place.parameters.map((x: { name: string }) => x.name)).toContain('Idempotency-Key');
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.PlaceOrderDto.properties).sort()).toEqual([
      'boothId',
      'invoice',
      'liveSessionId',
      'note',
      'quantity',
      'shipTo',
      'skuId',
      'type',
    ]);
    expect(schemas.InvoiceDto.properties.kind.enum).toEqual(['normal', 'special']);
    expect(doc.paths['/api/seller/orders'].get.parameters.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining(['status', 'type', 'from', 'to', 'q', 'page', 'pageSize', 'buyerId']),
    );
  });
});
