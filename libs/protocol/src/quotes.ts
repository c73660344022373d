/**
 * Requests for quotation (询价) and quotes (报价): shapes shared by the server, the web pages and
 * third-party clients (docs/orders.md, "Quotations"). Money is integer fen; times are ISO-8601
 * strings in UTC.
 */
import type { InvoiceRequestView, ShipToView } from './orders';

/**
 * open: waiting for the exhibitor's quote. quoted: a quote is on offer, waiting for the buyer.
 * declined: the buyer declined the last quote (the exhibitor may send a better one).
 * accepted: the buyer accepted a quote; it became an order (terminal).
 * closed: the buyer withdrew it or the exhibitor closed it (terminal).
 * expired: its deadline passed with no quote on offer (terminal).
 */
export type RfqStatus = 'open' | 'quoted' | 'declined' | 'accepted' | 'closed' | 'expired';

/**
 * offered: waiting for the buyer, until validUntil. accepted: became an order. declined: by the buyer.
 * superseded: the exhibitor sent a newer quote. expired: validUntil passed. withdrawn: the exhibitor
 * closed the RFQ while it was on offer (a buyer closing the RFQ declines the quote on offer).
 */
export type QuoteStatus = 'offered' | 'accepted' | 'declined' | 'superseded' | 'expired' | 'withdrawn';

/** The two parties of a thread: the buyer who asked, and the staff of the enterprise asked. */
export type RfqSide = 'buyer' | 'exhibitor';

/** Mainland China's province-level divisions (delivery province), by their short Chinese names. */
export const CN_PROVINCES = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '台湾',
] as const;
export type CnProvince = (typeof CN_PROVINCES)[number];

/** The bounds the server enforces (texts count Unicode code points of the trimmed text). */
export const RFQ_LIMITS = {
  maxQuantity: 10_000_000,
  /** Unit prices (target and quoted), fen: at most 10 million yuan a unit. */
  maxUnitPriceFen: 1_000_000_000,
  requirementsChars: 2000,
  messageChars: 2000,
  termsChars: 500,
  remarksChars: 1000,
  reasonChars: 500,
  /** The deadline is at most this many days ahead; a quote is valid for at most this many days. */
  maxDeadlineDays: 180,
  maxValidDays: 90,
  /** RFQs a buyer may have open (open, quoted or declined) at once. */
  openPerBuyer: 20,
  /** RFQs a buyer may create in 24 hours. */
  createdPerBuyerPerDay: 30,
  /** Messages in one thread (both sides), and per sender per thread per minute. */
  messagesPerThread: 200,
  messagesPerMinute: 10,
  /** Quotes in one thread (each new one supersedes the one on offer). */
  quotesPerThread: 20,
  maxLeadTimeDays: 365,
  pageSizeMax: 50,
} as const;

/** The length the text rules count: code points of the trimmed text. */
export function rfqTextLength(text: string): number {
  return [...text.trim()].length;
}

/** POST /api/rfqs */
export interface CreateRfqRequest {
  productId: string;
  /** The SKU (colour, size ...) when the buyer has one in mind; the exhibitor picks one otherwise. */
  skuId?: string;
  /** The booth the request was made from (must be the product's enterprise's). */
  boothId?: string;
  quantity: number;
  /** What the buyer hopes to pay per unit, fen. */
  targetUnitPriceFen?: number;
  /** When the buyer needs the quotes by: a UTC instant in the future, at most 180 days ahead. */
  deadline: string;
  deliveryProvince: CnProvince;
  /** Material, specification, certification, packaging the buyer needs. */
  requirements?: string;
  /** A first message to the exhibitor. */
  message?: string;
}

/** POST /api/rfqs/:id/quotes */
export interface OfferQuoteRequest {
  unitPriceFen: number;
  /** The quantity the price applies to; the requested quantity when absent. */
  quantity?: number;
  /** The SKU quoted; required when the RFQ names none and the product has several. */
  skuId?: string;
  /** A UTC instant in the future, at most 90 days ahead. */
  validUntil: string;
  /** e.g. "30% 定金，发货前付清尾款". */
  paymentTerms?: string;
  /** e.g. "出厂价，含税，广州仓交货". */
  deliveryTerms?: string;
  packaging?: string;
  /** Days from order to shipment. */
  leadTimeDays?: number;
  remarks?: string;
}

/** POST /api/quotes/:id/accept (with an Idempotency-Key header) -> 201 OrderView. */
export interface AcceptQuoteRequest {
  shipTo?: ShipToView;
  invoice?: InvoiceRequestView;
  /** A note for the seller on the order. */
  note?: string;
}

/** POST /api/quotes/:id/decline, POST /api/rfqs/:id/close */
export interface ReasonRequest {
  reason?: string;
}

/** POST /api/rfqs/:id/messages */
export interface RfqMessageRequest {
  body: string;
}

export interface QuoteView {
  id: string;
  rfqId: string;
  status: QuoteStatus;
  skuId: string;
  skuCode: string;
  specs: Record<string, string>;
  unitPriceFen: number;
  quantity: number;
  /** unitPriceFen x quantity. */
  totalFen: number;
  validUntil: string;
  paymentTerms: string;
  deliveryTerms: string;
  packaging: string;
  leadTimeDays: number | null;
  remarks: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  /** When it was accepted, declined, superseded or withdrawn; null while offered or expired. */
  decidedAt: string | null;
  declineReason: string | null;
  /** The order it became (accepted quotes). */
  orderId: string | null;
}

/** A line of an RFQ list (GET /api/my/rfqs, GET /api/seller/rfqs). */
export interface RfqSummaryView {
  id: string;
  status: RfqStatus;
  buyerId: string;
  buyerName: string;
  enterpriseId: string;
  enterpriseName: string;
  boothId: string | null;
  productId: string;
  productName: string;
  /** Null when the buyer named no SKU. */
  skuId: string | null;
  skuCode: string | null;
  specs: Record<string, string> | null;
  unit: string;
  quantity: number;
  targetUnitPriceFen: number | null;
  deadline: string;
  deliveryProvince: CnProvince;
  /** The newest quote, if any. */
  latestQuote: QuoteView | null;
  /** The order an accepted quote became, and its number. */
  orderId: string | null;
  orderNo: string | null;
  messageCount: number;
  createdAt: string;
  /** The last message, quote or decision. */
  lastActivityAt: string;
}

export interface RfqView extends RfqSummaryView {
  requirements: string;
  message: string;
  closedBy: RfqSide | null;
  closeReason: string | null;
  closedAt: string | null;
}

export interface RfqMessageView {
  id: string;
  rfqId: string;
  side: RfqSide;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

/** A thread's messages and quotes, oldest first. */
export type RfqThreadEntry =
  { kind: 'message'; at: string; message: RfqMessageView } | { kind: 'quote'; at: string; quote: QuoteView };

/** A SKU the seller may quote (one of the product's). */
export interface QuotableSkuView {
  id: string;
  skuCode: string;
  specs: Record<string, string>;
}

/** GET /api/rfqs/:id: the RFQ, its thread, and what the caller may do now. */
export interface RfqThreadView {
  rfq: RfqView;
  entries: RfqThreadEntry[];
  viewerSide: RfqSide;
  /** For the seller's staff: the product's SKUs, to pick the one quoted; empty for the buyer. */
  quotableSkus: QuotableSkuView[];
  can: {
    message: boolean;
    /** Exhibitor: send a (new) quote. */
    quote: boolean;
    /** Buyer: accept or decline the quote on offer. */
    accept: boolean;
    decline: boolean;
    close: boolean;
  };
}

export interface RfqPage {
  items: RfqSummaryView[];
  total: number;
  page: number;
  pageSize: number;
}
