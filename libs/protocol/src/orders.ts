/**
 * Orders: shapes shared by the server, the web pages and third-party clients (docs/orders.md).
 * Money is integer fen; times are ISO-8601 strings in UTC.
 */

/** retail: pay later, from stock. bulk: wholesale tier for the quantity, MOQ applies. sample: one or a few samples.
 *  deal: bought in a live flash deal. quote: an accepted quotation. */
export type OrderType = 'retail' | 'bulk' | 'sample' | 'deal' | 'quote';

/**
 * placed -> confirmed (exhibitor) -> paid (exhibitor marks the transfer received) -> shipped (carrier + tracking)
 * -> completed (buyer confirms receipt). Deal and quote orders start at confirmed (price and stock already agreed).
 * cancelled: from placed or confirmed, by buyer or exhibitor, with a reason. expired: a confirmed deal order unpaid by payBy.
 */
export type OrderStatus = 'placed' | 'confirmed' | 'paid' | 'shipped' | 'completed' | 'cancelled' | 'expired';

export type OrderAction = 'confirm' | 'pay' | 'ship' | 'complete' | 'cancel' | 'expire';

export type OrderActor = 'buyer' | 'exhibitor' | 'system';

export interface ShipToView {
  contactName: string;
  phone: string;
  province: string;
  city: string;
  /** District, street and number. */
  address: string;
}

/** What the seller needs to issue a Chinese VAT invoice (增值税发票). */
export interface InvoiceRequestView {
  /** normal: 增值税普通发票; special: 增值税专用发票 (needs the registered address, phone, bank and account). */
  kind: 'normal' | 'special';
  /** Buyer company name (发票抬头). */
  title: string;
  /** 纳税人识别号 / 统一社会信用代码: 15, 17, 18 or 20 letters and digits. */
  taxpayerId: string;
  registeredAddress?: string;
  registeredPhone?: string;
  bankName?: string;
  bankAccount?: string;
  /** Where the invoice goes (e-invoice). */
  email?: string;
}

export interface OrderEventView {
  from: OrderStatus | null;
  to: OrderStatus;
  actor: OrderActor;
  note: string;
  at: string;
}

export interface OrderView {
  id: string;
  /** Short number for people (bank transfer reference, phone calls), e.g. LF2612011A2B3C4D5E. */
  orderNo: string;
  type: OrderType;
  status: OrderStatus;
  buyerId: string;
  buyerName: string;
  enterpriseId: string;
  boothId: string | null;
  liveSessionId: string | null;
  dealId: string | null;
  quoteId: string | null;
  productId: string;
  skuId: string;
  productName: string;
  skuCode: string;
  specs: Record<string, string>;
  unit: string;
  quantity: number;
  unitPriceFen: number;
  totalFen: number;
  /** A confirmed order unpaid by then expires (deal orders). */
  payBy: string | null;
  paymentMethod: string;
  paymentRef: string | null;
  carrier: string | null;
  trackingNo: string | null;
  cancelReason: string | null;
  shipTo: ShipToView | null;
  invoice: InvoiceRequestView | null;
  note: string;
  createdAt: string;
  updatedAt: string;
  /** Status history, oldest first (detail responses only; lists leave it empty). */
  history: OrderEventView[];
}
