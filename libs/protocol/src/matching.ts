/** Matching (purchase needs, suggested suppliers, "orders for you"): what the API returns. docs/matching.md. */

export const MATCHING_LIMITS = {
  textMinChars: 2,
  textMaxChars: 2000,
  maxQuantity: 10_000_000,
  maxUnitPriceFen: 1_000_000_000,
  maxDeadlineDays: 365,
  maxCertifications: 10,
  unitChars: 16,
} as const;

export type MatchReasonKind = 'match' | 'soft' | 'hard' | 'info';

/** One reason of a score: a stable code (docs/matching.md lists them), its kind, its points and figures. */
export interface MatchReasonView {
  code: string;
  kind: MatchReasonKind;
  points: number;
  params: Record<string, string | number | boolean | string[]>;
}

export interface MatchProductView {
  id: string;
  catalogProductId: string | null;
  title: string;
  titleEn: string;
  categoryCode: string | null;
  moq: number;
  priceFen: number | null;
  leadTimeDays: number | null;
  certifications: string[];
}

export interface MatchSupplierView {
  id: string;
  enterpriseId: string | null;
  source: 'catalog' | 'import';
  name: string;
  province: string | null;
  city: string;
  oem: boolean;
  vatSpecialInvoice: boolean;
  monthlyCapacity: number | null;
  certifications: string[];
}

export type SuggestionStatus = 'suggested' | 'contacted' | 'invited';

/** A supplier suggested for a demand: its place, score, reasons and the products that fit. */
export interface SuggestionView {
  rank: number | null;
  score: number;
  hard: number;
  soft: number;
  reasons: MatchReasonView[];
  supplier: MatchSupplierView;
  products: MatchProductView[];
  status: SuggestionStatus;
  rfqId: string | null;
  /** An RFQ can be sent from here (the supplier has a published catalog product). */
  invitable: boolean;
  computedAt: string;
}

export type DemandStatus = 'open' | 'closed';

export interface DemandView {
  id: string;
  status: DemandStatus;
  text: string;
  categoryCode: string | null;
  /** The category the ranking used: chosen, else read from the text; null when unknown. */
  matchedCategory: string | null;
  quantity: number;
  unit: string;
  targetUnitPriceFen: number | null;
  deliveryProvince: string;
  deadline: string;
  certifications: string[];
  oem: boolean;
  sampleFirst: boolean;
  vatInvoice: boolean;
  prefersLocal: boolean;
  createdAt: string;
}

export interface DemandWithSuggestions extends DemandView {
  suggestions: SuggestionView[];
}

/** An open demand ranked for a supplier ("orders for you"): the buyer's need and why it fits. */
export interface OrderForYouView {
  demand: DemandView;
  buyerName: string;
  score: number;
  hard: number;
  soft: number;
  reasons: MatchReasonView[];
  products: MatchProductView[];
}

export interface MatchCategoryView {
  code: string;
  zh: string;
  en: string;
  parent: string | null;
  ccc: boolean;
}

export interface MatchVocabularyView {
  categories: MatchCategoryView[];
  certifications: { code: string; zh: string; en: string }[];
}
