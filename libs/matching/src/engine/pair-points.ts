import { MATCHING_WEIGHTS as W } from '../matching-weights';
import { DemandFacts, ProductFacts, SupplierFacts } from './facts';
import { categoryVocabulary, certificationCodes, provinceRegion } from './vocabulary';

/**
 * The first pass of the ranking: a pair's points from numbers precomputed per supplier, product
 * and demand, with no reason objects and no lookups by name. It adds exactly the points `assess`
 * adds, in the same order (ranking.spec checks that both agree on every pair of the evaluation
 * set), so the list it picks is the list `assess` then explains.
 */

const DAY_MS = 86_400_000;

/**
 * The whole days from `now` to a deadline: the nearest whole number, half a day rounding down
 * (a deadline "in 10 days" is 10 whether it was set to now + 10 days or to noon of that day).
 */
export function daysToDeadline(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / DAY_MS - 0.5));
}

// Certifications as bits of one int (the vocabulary has fewer than 31 codes).
const certBit = new Map<string, number>();
if (certificationCodes.length > 30) throw new Error('matching: more than 30 certification codes; widen the masks');
certificationCodes.forEach((c, i) => certBit.set(c.code, 1 << i));
export const CCC_BIT = certBit.get('CCC') ?? 0;

export function certMask(codes: readonly string[]): number {
  let m = 0;
  for (const c of codes) m |= certBit.get(c) ?? 0;
  return m;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

// Categories by a small index, and their pairwise relation computed once through the vocabulary.
const categories = categoryVocabulary.all();
const catIndex = new Map(categories.map((c, i) => [c.code, i]));
const cccByIndex = categories.map((c) => categoryVocabulary.cccRequired(c.code));
/** -1 unknown, else 0 same, 1 sibling, 2 other (wanted × offered). */
const relations = new Int8Array(categories.length * categories.length).fill(-1);
const REL = { same: 0, sibling: 1, other: 2 } as const;

/** A category code's index; -1 for null or a code the vocabulary does not know. */
export const categoryIndex = (code: string | null | undefined): number => (code ? (catIndex.get(code) ?? -1) : -1);

function relation(wanted: number, offered: number): number {
  const k = wanted * categories.length + offered;
  let r = relations[k];
  if (r < 0) r = relations[k] = REL[categoryVocabulary.relation(categories[wanted].code, categories[offered].code)];
  return r;
}

// Industries (roots of the tree) as partitions: 0 is "no known category".
const industries = [...new Set(categories.map((c) => categoryVocabulary.industryOf(c.code)).filter((c) => c !== undefined))];
const industryPartition = new Map(industries.map((code, i) => [code, i + 1]));
export const PARTITIONS = industries.length + 1;
/** The partition (1 + industry index) of a category code; 0 when it has no known industry. */
export function partitionOf(code: string | null | undefined): number {
  if (!code) return 0;
  const ind = categoryVocabulary.industryOf(code);
  return ind ? (industryPartition.get(ind) ?? 0) : 0;
}

export interface SupplierFeatures {
  oemOrOdm: boolean;
  vat: boolean;
  province: string | null;
  region: string | undefined;
  /** -1 when unknown. */
  capacity: number;
  activityPoints: number;
  responsePoints: number;
  hasActivity: boolean;
  hasResponse: boolean;
}

export function supplierFeatures(s: SupplierFacts): SupplierFeatures {
  return {
    oemOrOdm: s.oem || s.odm,
    vat: s.vatSpecialInvoice,
    province: s.province,
    region: s.province ? provinceRegion(s.province) : undefined,
    capacity: s.monthlyCapacity ?? -1,
    activityPoints: round2(W.bonus.activity * s.activity),
    responsePoints: s.responseRate === null ? 0 : round2(W.bonus.responseRate * s.responseRate),
    hasActivity: s.activity > 0,
    hasResponse: s.responseRate !== null,
  };
}

export interface ProductFeatures {
  supplier: SupplierFeatures;
  /** Category index, -1 unknown. */
  category: number;
  /** Its category needs CCC by law (false when the category is unknown: then the demand's decides). */
  ccc: boolean;
  moq: number;
  /** -1 when unknown. */
  price: number;
  lead: number;
  /** Certifications held by the product or its supplier. */
  certs: number;
  samples: boolean;
}

export function productFeatures(p: ProductFacts, s: SupplierFeatures, supplierCerts: number): ProductFeatures {
  const category = categoryIndex(p.categoryCode);
  return {
    supplier: s,
    category,
    ccc: category >= 0 && cccByIndex[category],
    moq: p.moq,
    price: p.priceFen ?? -1,
    lead: p.leadTimeDays ?? -1,
    certs: certMask(p.certifications) | supplierCerts,
    samples: p.samples,
  };
}

/** What a demand asks, as numbers; `at(now)` fills the parts that depend on the time. */
export class DemandTerms {
  category = -1;
  categoryCcc = false;
  quantity = 0;
  target = -1;
  asked = 0;
  askedBesidesCcc = 0;
  oem = false;
  vat = false;
  sample = false;
  prefersLocal = false;
  province = '';
  region: string | undefined = undefined;
  deadline = 0;
  daysLeft = 0;
  leadSoftLimit = 0;
  months = 1;

  set(d: DemandFacts, category: string | null): this {
    this.category = categoryIndex(category);
    this.categoryCcc = this.category >= 0 && cccByIndex[this.category];
    this.quantity = d.quantity;
    this.target = d.targetUnitPriceFen ?? -1;
    this.asked = certMask(d.certifications);
    this.askedBesidesCcc = this.asked & ~CCC_BIT;
    this.oem = d.oem;
    this.vat = d.vatInvoice;
    this.sample = d.sampleFirst;
    this.prefersLocal = d.prefersLocal;
    this.province = d.deliveryProvince;
    this.region = provinceRegion(d.deliveryProvince);
    this.deadline = d.deadline.getTime();
    return this;
  }

  at(now: number): this {
    this.daysLeft = daysToDeadline(this.deadline, now);
    this.leadSoftLimit = Math.min(this.daysLeft * W.leadSlightRatio, this.daysLeft + W.leadSlackDays);
    this.months = Math.max(1, this.daysLeft / 30);
    return this;
  }
}

/** The points of a pair, or NaN when the product's category rules it out (another industry). */
export function pairPoints(d: DemandTerms, p: ProductFeatures, raw: number): number {
  const s = p.supplier;
  let points = 0;
  if (d.category >= 0 && p.category >= 0) {
    const r = relation(d.category, p.category);
    if (r === REL.same) points += W.category.same;
    else if (r === REL.sibling) points += W.category.sibling;
    else return NaN;
  } else points += W.category.unknown;

  const text = raw / (raw + W.textHalf);
  if (text > 0) points += Math.round(W.text * text * 100) / 100;
  if (p.moq > d.quantity) points += -W.hard;
  if (d.target >= 0 && p.price >= 0) {
    if (p.price <= d.target) points += W.bonus.priceHeadroom;
    else if (p.price <= d.target * W.priceSlightRatio) points += -W.soft;
    else points += -W.hard;
  }
  if (p.lead >= 0 && p.lead > d.daysLeft) points += p.lead <= d.leadSoftLimit ? -W.soft : -W.hard;

  const ccc = p.category >= 0 ? p.ccc : d.categoryCcc;
  const missing = popcount((ccc ? d.askedBesidesCcc : d.asked) & ~p.certs);
  if (missing) points += -W.hard * missing;
  if (ccc && !(p.certs & CCC_BIT)) points += -W.hard;
  if (d.oem && !s.oemOrOdm) points += -W.hard;
  if (d.vat && !s.vat) points += -W.hard;
  if (d.sample && !p.samples) points += -W.soft;

  const sameProvince = s.province !== null && s.province === d.province;
  if (d.prefersLocal) {
    if (sameProvince) points += W.bonus.sameProvince;
    else if (s.province && s.region === d.region) points += -W.soft;
    else points += -W.hard;
  } else if (sameProvince) points += W.bonus.sameProvince;

  if (s.capacity >= 0 && s.capacity * d.months < d.quantity) points += -W.soft;
  if (s.hasActivity) points += s.activityPoints;
  if (s.hasResponse) points += s.responsePoints;
  return round2(points);
}

const round2 = (n: number) => Math.round(n * 100) / 100;
