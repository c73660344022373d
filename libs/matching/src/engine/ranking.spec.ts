import { inferCategory } from './analyze';
import { assess } from './assess';
import { DemandFacts, ProductFacts, SupplierFacts } from './facts';
import { Matcher } from './matcher';
import { detectConcepts, secondaryTokens, stem, tokenize } from './text';

const now = new Date('2026-12-01T00:00:00Z');
const inDays = (n: number) => new Date(now.getTime() + n * 86_400_000 + 43_200_000);

const product = (over: Partial<ProductFacts> = {}): ProductFacts => ({
  id: 'p1',
  catalogProductId: null,
  title: '304不锈钢真空保温杯',
  titleEn: '',
  description: '',
  tags: [],
  categoryCode: 'drinkware.vacuum',
  moq: 500,
  priceFen: 2000,
  leadTimeDays: 15,
  certifications: [],
  samples: true,
  ...over,
});
const supplier = (id: string, products: ProductFacts[], over: Partial<SupplierFacts> = {}): SupplierFacts => ({
  id,
  enterpriseId: null,
  name: id,
  province: '浙江',
  city: '',
  monthlyCapacity: null,
  oem: true,
  odm: false,
  vatSpecialInvoice: true,
  certifications: [],
  exportMarkets: [],
  activity: 0,
  responseRate: null,
  products,
  ...over,
});
const demand = (over: Partial<DemandFacts> = {}): DemandFacts => ({
  id: 'd1',
  buyerId: 'b',
  text: '保温杯',
  categoryCode: null,
  quantity: 1000,
  unit: '个',
  targetUnitPriceFen: 2000,
  deliveryProvince: '浙江',
  deadline: inDays(30),
  certifications: [],
  oem: false,
  sampleFirst: false,
  vatInvoice: false,
  prefersLocal: false,
  ...over,
});
const codes = (d: DemandFacts, p: ProductFacts, s = supplier('s', [p])) =>
  assess(d, s, p, { category: d.categoryCode ?? inferCategory(d.text), text: 0, matched: [], now }).reasons.map(
    (r) => `${r.code}:${r.kind}`,
  );

describe('text and concepts', () => {
  it('segments Chinese with jieba, stems English, and maps synonyms of both languages to one concept', () => {
    expect(tokenize('求购纯棉连衣裙')).toEqual(expect.arrayContaining(['纯棉', '连衣裙']));
    expect(tokenize('LED panel lights')).toEqual(['led', 'panel', 'light']);
    const concept = (t: string) => detectConcepts(t).map((h) => h.group.id);
    expect(concept('thermos')).toEqual(concept('真空杯'));
    expect(concept('平板灯')).toEqual(concept('panel light'));
    expect(concept('裙子')).toEqual(concept('dresses'));
  });

  it('folds irregular English plurals and leaves a quantity unit out of the words', () => {
    expect(['knives', 'shelves', 'boxes', 'cities', 'glasses'].map(stem)).toEqual(['knife', 'shelf', 'box', 'city', 'glass']);
    expect(tokenize('磁力片 500片 20寸')).toEqual(expect.arrayContaining(['磁力']));
    expect(tokenize('磁力片 500片 20寸')).not.toContain('寸');
    expect(tokenize('500片').filter((t) => t === '片')).toEqual([]);
  });

  it('adds bigrams of Chinese stretches between stop words and the parts of hyphenated words as secondary tokens', () => {
    const grams = secondaryTokens('找厂家做手工吹制杯');
    expect(grams).toEqual(['^手工', '^工吹', '^吹制', '^制杯']);
    expect(secondaryTokens('保温水壶')).toContain('^保温');
    expect(secondaryTokens('保温壶')).toContain('^保温');
    expect(secondaryTokens('pull-out spouts')).toEqual(['^pull', '^out', '^pullout']);
    expect(secondaryTokens('T-shirts')).toContain('^tshirt');
    // Secondary tokens never meet a word token, and short runs have none.
    expect(secondaryTokens('杯子')).toEqual([]);
    expect(tokenize('pull-out')).not.toContain('^pull');
  });

  it('reads the category from zh, en and mixed text, and tells look-alikes apart', () => {
    expect(inferCategory('Looking for insulated tumbler 500ml')).toBe('drinkware.vacuum');
    expect(inferCategory('宠物玩具 耐咬')).toBe('pet.toy');
    expect(inferCategory('dog plush toys, squeaky')).toBe('pet.toy');
    expect(inferCategory('儿童毛绒玩具 公仔')).toBe('toys.plush');
    expect(inferCategory('eyeglass lenses 1.56 blue cut')).toBe('eyewear.lens');
    expect(inferCategory('instrument lenses for microscopes, aspheric')).toBe('optics.lens');
    expect(inferCategory('ceramic dinner plates and bowls')).toBe('tableware.ceramic');
    expect(inferCategory('仿古陶瓷地砖 800x800')).toBe('building.tile');
    expect(inferCategory('需要一些东西')).toBeNull();
  });
});

describe('structured fits', () => {
  it('MOQ exactly at the quantity fits; above it is a hard mismatch', () => {
    expect(codes(demand({ quantity: 500 }), product())).toContain('MOQ_OK:match');
    expect(codes(demand({ quantity: 499 }), product())).toContain('MOQ_ABOVE_QUANTITY:hard');
  });

  it('price up to 1.15 x the target is soft, beyond is hard; lead time likewise against the days left', () => {
    expect(codes(demand({ targetUnitPriceFen: 1800 }), product())).toContain('PRICE_SLIGHTLY_OVER:soft');
    expect(codes(demand({ targetUnitPriceFen: 1700 }), product())).toContain('PRICE_FAR_OVER:hard');
    expect(codes(demand({ deadline: inDays(13) }), product())).toContain('LEAD_TIME_SLIGHTLY_OVER:soft');
    expect(codes(demand({ deadline: inDays(6) }), product())).toContain('LEAD_TIME_TOO_LONG:hard');
  });

  it('asks for CCC where the category needs it by law, even when the buyer did not', () => {
    const panel = product({ title: 'LED平板灯', categoryCode: 'lighting.panel' });
    expect(codes(demand({ text: '平板灯' }), panel)).toContain('CCC_MISSING:hard');
    expect(codes(demand({ text: '平板灯' }), { ...panel, certifications: ['CCC'] })).toContain('CCC_HELD:match');
    expect(codes(demand(), product())).not.toContain('CCC_MISSING:hard');
  });
});

describe('ranking', () => {
  it('ranks the clean fit first, demotes hard mismatches with the reason, and never lists another industry', () => {
    const m = new Matcher();
    m.upsertSupplier(supplier('clean', [product({ id: 'a' })]));
    m.upsertSupplier(supplier('no-vat', [product({ id: 'b' })], { vatSpecialInvoice: false }));
    m.upsertSupplier(supplier('pricey', [product({ id: 'c', priceFen: 2200 })]));
    m.upsertSupplier(supplier('mug', [product({ id: 'd', title: '陶瓷马克杯', categoryCode: 'drinkware.mug' })]));
    m.upsertSupplier(
      supplier('kettle', [product({ id: 'e', title: '304不锈钢电热水壶 保温', categoryCode: 'appliances.kettle' })]),
    );
    const ranked = m.rankSuppliers(demand({ text: 'stainless thermos', vatInvoice: true }), { now });
    expect(ranked.map((r) => r.supplierId)).toEqual(['clean', 'pricey', 'mug', 'no-vat']);
    expect(ranked[3].reasons.find((r) => r.code === 'VAT_INVOICE_NOT_OFFERED')?.kind).toBe('hard');
    // The same pair scores the same from the supplier's side (orders for you).
    m.upsertDemand(demand({ text: 'stainless thermos', vatInvoice: true }));
    expect(m.rankDemands('pricey', { now })[0].score).toBe(ranked[1].score);
    expect(m.rankDemands('kettle', { now })).toEqual([]);
  });

  it('lets the catalog outvote an ambiguous vocabulary word, and the vocabulary decide when the catalog has no match', () => {
    const m = new Matcher();
    const item = (id: string, title: string, categoryCode: string) => product({ id, title, categoryCode, tags: [] });
    m.upsertSupplier(supplier('f1', [item('f1p', '抽拉式厨房水嘴 陶瓷阀芯 全铜', 'building.faucet')]));
    m.upsertSupplier(supplier('f2', [item('f2p', '冷热混水阀 陶瓷阀芯', 'building.faucet')]));
    m.upsertSupplier(supplier('c1', [item('c1p', '高温瓷汤碗 手绘', 'tableware.ceramic')]));
    // 陶瓷 alone would say ceramic dinnerware; the listings that share 阀芯 and 混水阀 say faucets.
    expect(inferCategory('混水阀 陶瓷阀芯 500个')).toBe('tableware.ceramic');
    expect(m.categoryOf(demand({ text: '混水阀 陶瓷阀芯 500个' }))).toBe('building.faucet');
    // No listing shares a word with 保温杯: the vocabulary's answer stands.
    expect(m.categoryOf(demand({ text: '保温杯 500ml' }))).toBe('drinkware.vacuum');
  });

  it('takes the category of the best text matches in the catalog when no synonym knows the words', () => {
    const m = new Matcher();
    const gadget = (id: string, title: string, categoryCode: string) => product({ id, title, categoryCode, tags: [] });
    m.upsertSupplier(supplier('a', [gadget('a1', 'Zorblax flask 500ml', 'drinkware.vacuum')]));
    m.upsertSupplier(supplier('b', [gadget('b1', 'zorblax double wall flask', 'drinkware.vacuum')]));
    m.upsertSupplier(supplier('c', [gadget('c1', 'quinto tile 800x800', 'building.tile')]));
    m.upsertSupplier(supplier('d', [gadget('d1', 'Zorblax cup 350ml', 'drinkware.mug')]));
    const d = demand({ text: 'need zorblax 300 pcs' });
    expect(inferCategory(d.text)).toBeNull();
    expect(m.categoryOf(d)).toBe('drinkware.vacuum');
    const ranked = m.rankSuppliers(d, { now });
    expect(ranked.map((r) => r.supplierId)).toEqual(['a', 'b', 'd']);
    expect(ranked[0].reasons[0].code).toBe('CATEGORY_SAME');
    expect(ranked[2].reasons[0].code).toBe('CATEGORY_RELATED');
    expect(m.categoryOf(demand({ text: 'quinto 200' }))).toBe('building.tile');
    expect(m.categoryOf(demand({ text: 'nothing like it' }))).toBeNull();
  });

  it('lists a product of no known category only when it shares a word with the need, from both sides with one score', () => {
    const m = new Matcher();
    m.upsertSupplier(supplier('known', [product({ id: 'k' })]));
    m.upsertSupplier(supplier('uncat', [product({ id: 'u', title: 'thermos 500ml', categoryCode: null })]));
    m.upsertSupplier(supplier('unrelated', [product({ id: 'x', title: 'widget', categoryCode: null })]));
    const d = demand({ text: 'stainless thermos', categoryCode: 'drinkware.vacuum' });
    m.upsertDemand(d);
    const ranked = m.rankSuppliers(d, { now });
    expect(ranked.map((r) => r.supplierId)).toEqual(['known', 'uncat']);
    expect(ranked[1].reasons[0].code).toBe('CATEGORY_UNKNOWN');
    expect(m.rankDemands('uncat', { now }).map((r) => [r.demandId, r.score])).toEqual([['d1', ranked[1].score]]);
    expect(m.rankDemands('unrelated', { now })).toEqual([]);
  });

  it('counts whole days to the deadline to the nearest day, half a day down', () => {
    const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
    const lead = (deadline: Date) =>
      codes(demand({ deadline }), product({ leadTimeDays: 10 })).find((c) => c.startsWith('LEAD_TIME'));
    expect(lead(at(240))).toBe('LEAD_TIME_OK:match'); // exactly 10 days
    expect(lead(at(240 - 0.01))).toBe('LEAD_TIME_OK:match'); // a moment less (the need was posted a moment ago)
    expect(lead(at(252))).toBe('LEAD_TIME_OK:match'); // 10 days and a half
    expect(lead(at(227))).toBe('LEAD_TIME_SLIGHTLY_OVER:soft'); // 9 days and 11 hours
  });
});
