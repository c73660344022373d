import { MATCHING_WEIGHTS as W } from '../matching-weights';
import { DemandFacts, MatchReason, ProductFacts, SupplierFacts } from './facts';
import { daysToDeadline } from './pair-points';
import { categoryVocabulary, provinceRegion } from './vocabulary';

export interface PairContext {
  /** The demand's category: given or inferred; null when unknown. */
  category: string | null;
  /** Saturated text relevance of this product, 0..1, and the query terms it matched. */
  text: number;
  matched: string[];
  now: Date;
  /** Build the reasons (false: only the points and counts, for a first pass over many candidates). */
  explain?: boolean;
}

export interface Assessment {
  points: number;
  hard: number;
  soft: number;
  reasons: MatchReason[];
  /** The product's category has nothing to do with the demand's (a look-alike): never listed. */
  excluded: boolean;
}

/** How well one product of a supplier meets a demand: every structured fit, with its reason. */
export function assess(d: DemandFacts, s: SupplierFacts, p: ProductFacts, ctx: PairContext): Assessment {
  const reasons: MatchReason[] = [];
  let points = 0;
  let hard = 0;
  let soft = 0;
  const explain = ctx.explain !== false;
  // `explain && { ... }`: the first pass over many candidates builds no reason objects.
  const add = (code: string, kind: MatchReason['kind'], pts: number, params?: MatchReason['params'] | false) => {
    if (explain) reasons.push({ code, kind, points: pts, params: params || {} });
    points += pts;
    if (kind === 'hard') hard++;
    if (kind === 'soft') soft++;
  };

  // Category.
  let excluded = false;
  const cat = ctx.category;
  // A code the vocabulary does not know counts as no category (as in the first pass, pair-points.ts).
  const own = p.categoryCode && categoryVocabulary.get(p.categoryCode) ? p.categoryCode : null;
  if (cat && own) {
    const rel = categoryVocabulary.relation(cat, own);
    if (rel === 'same') add('CATEGORY_SAME', 'match', W.category.same, explain && { category: own });
    else if (rel === 'sibling') add('CATEGORY_RELATED', 'info', W.category.sibling, explain && { wanted: cat, offered: own });
    else {
      excluded = true;
      add('CATEGORY_OTHER', 'hard', 0, explain && { wanted: cat, offered: own });
    }
  } else {
    add('CATEGORY_UNKNOWN', 'info', W.category.unknown, explain && { wanted: cat ?? '', offered: p.categoryCode ?? '' });
  }

  // Text.
  const textPts = Math.round(W.text * ctx.text * 100) / 100;
  if (ctx.text > 0) add('TEXT_MATCH', 'match', textPts, explain && { terms: ctx.matched.slice(0, 8), product: p.title });

  // MOQ against the quantity.
  if (p.moq <= d.quantity) add('MOQ_OK', 'match', 0, explain && { moq: p.moq, quantity: d.quantity });
  else add('MOQ_ABOVE_QUANTITY', 'hard', -W.hard, explain && { moq: p.moq, quantity: d.quantity });

  // Price against the target.
  if (d.targetUnitPriceFen !== null) {
    if (p.priceFen === null) add('PRICE_UNKNOWN', 'info', 0, explain && { target: d.targetUnitPriceFen });
    else if (p.priceFen <= d.targetUnitPriceFen)
      add('PRICE_WITHIN_TARGET', 'match', W.bonus.priceHeadroom, explain && { price: p.priceFen, target: d.targetUnitPriceFen });
    else if (p.priceFen <= d.targetUnitPriceFen * W.priceSlightRatio)
      add('PRICE_SLIGHTLY_OVER', 'soft', -W.soft, explain && { price: p.priceFen, target: d.targetUnitPriceFen });
    else add('PRICE_FAR_OVER', 'hard', -W.hard, explain && { price: p.priceFen, target: d.targetUnitPriceFen });
  }

  // Lead time against the deadline.
  const daysLeft = daysToDeadline(d.deadline.getTime(), ctx.now.getTime());
  if (p.leadTimeDays === null) add('LEAD_TIME_UNKNOWN', 'info', 0, explain && { daysLeft });
  else if (p.leadTimeDays <= daysLeft) add('LEAD_TIME_OK', 'match', 0, explain && { leadTimeDays: p.leadTimeDays, daysLeft });
  else if (p.leadTimeDays <= Math.min(daysLeft * W.leadSlightRatio, daysLeft + W.leadSlackDays))
    add('LEAD_TIME_SLIGHTLY_OVER', 'soft', -W.soft, explain && { leadTimeDays: p.leadTimeDays, daysLeft });
  else add('LEAD_TIME_TOO_LONG', 'hard', -W.hard, explain && { leadTimeDays: p.leadTimeDays, daysLeft });

  // Certifications: the ones asked for, and CCC wherever the category needs it by law.
  const ccc = needsCcc(p, cat);
  const holds = (c: string) => s.certifications.includes(c) || p.certifications.includes(c);
  if (d.certifications.length) {
    const asked = ccc ? d.certifications.filter((c) => c !== 'CCC') : d.certifications;
    const missing = asked.filter((c) => !holds(c));
    const have = asked.filter(holds);
    if (have.length) add('CERTS_HELD', 'match', 0, explain && { codes: have });
    if (missing.length) add('CERT_MISSING', 'hard', -W.hard * missing.length, explain && { codes: missing });
  }
  if (ccc) {
    const category = p.categoryCode ?? cat ?? '';
    const asked = d.certifications.includes('CCC');
    if (holds('CCC')) add('CCC_HELD', 'match', 0, explain && { category, asked });
    else add('CCC_MISSING', 'hard', -W.hard, explain && { category, asked });
  }

  if (d.oem) {
    if (s.oem || s.odm) add('OEM_OK', 'match', 0);
    else add('OEM_NOT_OFFERED', 'hard', -W.hard);
  }
  if (d.vatInvoice) {
    if (s.vatSpecialInvoice) add('VAT_INVOICE_OK', 'match', 0);
    else add('VAT_INVOICE_NOT_OFFERED', 'hard', -W.hard);
  }
  if (d.sampleFirst) {
    if (p.samples) add('SAMPLES_OK', 'match', 0);
    else add('SAMPLES_NOT_OFFERED', 'soft', -W.soft);
  }

  // Region: a preference for a local supplier is a constraint; otherwise the same province is a small plus.
  const sameProvince = s.province !== null && s.province === d.deliveryProvince;
  if (d.prefersLocal) {
    if (sameProvince) add('REGION_SAME_PROVINCE', 'match', W.bonus.sameProvince, explain && { province: d.deliveryProvince });
    else if (s.province && provinceRegion(s.province) === provinceRegion(d.deliveryProvince))
      add('REGION_NEAR', 'soft', -W.soft, explain && { province: s.province, delivery: d.deliveryProvince });
    else add('REGION_FAR', 'hard', -W.hard, explain && { province: s.province ?? '', delivery: d.deliveryProvince });
  } else if (sameProvince)
    add('REGION_SAME_PROVINCE', 'match', W.bonus.sameProvince, explain && { province: d.deliveryProvince });

  // Capacity over the months to the deadline (at least one).
  if (s.monthlyCapacity !== null) {
    const months = Math.max(1, daysLeft / 30);
    if (s.monthlyCapacity * months >= d.quantity)
      add('CAPACITY_OK', 'match', 0, explain && { monthlyCapacity: s.monthlyCapacity });
    else add('CAPACITY_LOW', 'soft', -W.soft, explain && { monthlyCapacity: s.monthlyCapacity, quantity: d.quantity });
  }

  if (s.activity > 0) add('ACTIVITY', 'info', round2(W.bonus.activity * s.activity), explain && { activity: round2(s.activity) });
  if (s.responseRate !== null)
    add('RESPONSE_RATE', 'info', round2(W.bonus.responseRate * s.responseRate), explain && { rate: round2(s.responseRate) });

  return { points: round2(points), hard, soft, reasons, excluded };
}

function needsCcc(p: ProductFacts, demandCategory: string | null): boolean {
  const code = (p.categoryCode && categoryVocabulary.get(p.categoryCode) ? p.categoryCode : null) ?? demandCategory;
  return code !== null && categoryVocabulary.cccRequired(code);
}

const round2 = (n: number) => Math.round(n * 100) / 100;
