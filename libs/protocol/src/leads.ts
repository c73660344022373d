/**
 * Booth inquiries (leads) and business cards: the views the leads context answers with.
 * A lead is a buyer's inquiry at a booth (message, maybe a product and a quantity, and how to
 * reach them); an RFQ (quotes.ts) is a priced request about one product that gets quotes.
 */
export type LeadStatus = 'new' | 'contacted' | 'quoted' | 'won' | 'lost';
export const LEAD_STATUSES: readonly LeadStatus[] = ['new', 'contacted', 'quoted', 'won', 'lost'];

export const LEAD_LIMITS = {
  messageChars: 2000,
  nameChars: 64,
  companyChars: 128,
  unitChars: 16,
  maxQuantity: 10_000_000,
  noteChars: 1000,
  /** Notes on one lead (append-only). */
  notesPerLead: 100,
  reasonChars: 500,
  pageSizeMax: 100,
  /** Rows in one CSV export. */
  exportMax: 20_000,
  /** Card fields. */
  cardTitleChars: 64,
  wechatChars: 32,
} as const;

export interface LeadContactView {
  name: string;
  company: string;
  phone: string | null;
  email: string | null;
}

export interface LeadView {
  id: string;
  status: LeadStatus;
  boothId: string;
  boothCode: string;
  enterpriseId: string;
  enterpriseName: string;
  expoId: string | null;
  buyerId: string;
  buyerName: string;
  productId: string | null;
  productName: string | null;
  quantity: number | null;
  unit: string | null;
  message: string;
  contact: LeadContactView;
  /** An RFQ of the quotes flow this lead was quoted through, when the exhibitor named one. */
  rfqId: string | null;
  lostReason: string | null;
  noteCount: number;
  createdAt: string;
  updatedAt: string;
}

/** What the buyer sees of their inquiry: no notes, no contact echo beyond their own. */
export type BuyerLeadView = Omit<LeadView, 'noteCount'>;

export interface LeadEventView {
  from: LeadStatus | null;
  to: LeadStatus;
  actorName: string;
  reason: string | null;
  at: string;
}

export interface LeadNoteView {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface LeadDetailView extends LeadView {
  history: LeadEventView[];
  notes: LeadNoteView[];
  /** The statuses the exhibitor may move it to now. */
  next: LeadStatus[];
}

export interface LeadPage<T = LeadView> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface BusinessCardView {
  userId: string;
  name: string;
  title: string;
  company: string;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  updatedAt: string;
}

export type CardExchangeStatus = 'pending' | 'accepted' | 'declined';

/** Who started a card exchange: the buyer (a request to a booth) or booth staff (an offer to a buyer). */
export type CardExchangeInitiator = 'buyer' | 'staff';

export interface CardExchangeView {
  id: string;
  status: CardExchangeStatus;
  initiatedBy: CardExchangeInitiator;
  boothId: string;
  boothCode: string;
  enterpriseId: string;
  enterpriseName: string;
  buyerId: string;
  buyerName: string;
  /** The staff member who offered, or who accepted or declined a request; null while a request is pending. */
  staffId: string | null;
  /** On an offer: the offering staff member's name (the buyer sees who offers before deciding). */
  staffName: string | null;
  /** The other side's card: shown only once accepted. */
  buyerCard: BusinessCardView | null;
  staffCard: BusinessCardView | null;
  createdAt: string;
  decidedAt: string | null;
}

/** POST /api/booth-inquiries (with an Idempotency-Key header). */
export interface CreateInquiryRequest {
  boothId: string;
  message: string;
  productId?: string;
  quantity?: number;
  unit?: string;
  contact: { name: string; company?: string; phone?: string; email?: string };
}

/** PUT /api/my/card. */
export interface BusinessCardRequest {
  name: string;
  title?: string;
  company?: string;
  phone?: string;
  email?: string;
  wechat?: string;
}
