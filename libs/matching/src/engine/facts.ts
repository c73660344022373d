/** What the ranking knows of a supplier, its products and a demand (plain data, no rows). */

export interface ProductFacts {
  id: string;
  /** The catalog product it was derived from; null for an imported one. */
  catalogProductId: string | null;
  title: string;
  titleEn: string;
  description: string;
  tags: string[];
  categoryCode: string | null;
  moq: number;
  /** Unit price, fen; null when unknown. */
  priceFen: number | null;
  leadTimeDays: number | null;
  certifications: string[];
  samples: boolean;
}

export interface SupplierFacts {
  id: string;
  enterpriseId: string | null;
  name: string;
  province: string | null;
  city: string;
  /** Units a month; null when unknown. */
  monthlyCapacity: number | null;
  oem: boolean;
  odm: boolean;
  vatSpecialInvoice: boolean;
  certifications: string[];
  exportMarkets: string[];
  /** Live and booth activity, 0..1. */
  activity: number;
  /** Share of inquiries answered, 0..1; null when unknown. */
  responseRate: number | null;
  products: ProductFacts[];
}

export interface DemandFacts {
  id: string;
  buyerId: string;
  text: string;
  categoryCode: string | null;
  /** The category read from the text when the demand was posted (null: none was found). */
  matchedCategory?: string | null;
  quantity: number;
  unit: string;
  targetUnitPriceFen: number | null;
  deliveryProvince: string;
  deadline: Date;
  certifications: string[];
  oem: boolean;
  sampleFirst: boolean;
  vatInvoice: boolean;
  prefersLocal: boolean;
}

export type ReasonKind = 'match' | 'soft' | 'hard' | 'info';

/** One reason of a score: a stable code, what kind it is, the points it gave, and its figures. */
export interface MatchReason {
  code: string;
  kind: ReasonKind;
  points: number;
  params: Record<string, string | number | boolean | string[]>;
}

export interface ScoredPair {
  supplierId: string;
  demandId: string;
  score: number;
  /** The supplier's products that fit best, best first. */
  productIds: string[];
  hard: number;
  soft: number;
  reasons: MatchReason[];
}
