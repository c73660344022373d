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

/** What the caller may do with an order now (detail answers). */
export interface OrderDetailView extends OrderView {
  /** Actions the caller may take now: the buttons a page shows. */
  actions: OrderAction[];
  /** True while the buyer may still change the delivery address, invoice details and note (until it ships). */
  deliveryEditable: boolean;
}

/** An order in a list: what the listing side (the buyer in /my/orders, the seller in /seller/orders) may do now. */
export interface OrderListItem extends OrderView {
  actions: OrderAction[];
}

/** One page of a list. */
export interface OrderPage {
  items: OrderListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** The order-creating request (POST /api/orders, with an Idempotency-Key header). */
export interface PlaceOrderRequest {
  type: 'retail' | 'bulk' | 'sample';
  skuId: string;
  quantity: number;
  boothId?: string;
  liveSessionId?: string;
  shipTo?: ShipToView;
  invoice?: InvoiceRequestView;
  note?: string;
}

/** PATCH /api/orders/:id/delivery: any of the three; `invoice: null` withdraws the invoice request. */
export interface UpdateDeliveryRequest {
  shipTo?: ShipToView;
  invoice?: InvoiceRequestView | null;
  note?: string;
}

/** The terms one SKU is sold on, read from the catalog (GET /api/skus/:id/order-terms). */
export interface OrderTermsView {
  skuId: string;
  productId: string;
  enterpriseId: string;
  productName: string;
  skuCode: string;
  specs: Record<string, string>;
  unit: string;
  /** Retail unit price, fen. */
  retailPriceFen: number;
  /** Wholesale tiers, ascending by minQty (bulk orders). */
  tiers: { minQty: number; unitPriceFen: number }[];
  /** Minimum quantity of a bulk order. */
  moq: number;
  /** One sample's price, fen; null: no samples. */
  samplePriceFen: number | null;
  leadTimeDays: number;
  /** Units on hand (retail orders take from it). */
  stock: number;
  orderable: boolean;
}

/** The seller's receiving account for offline bank transfers (收款账户). */
export interface PaymentAccountView {
  /** 户名: the account holder, normally the enterprise's registered name. */
  accountName: string;
  /** 开户行, e.g. 中国工商银行宁波分行. */
  bankName: string;
  /** 账号: digits, spaces allowed for reading. */
  accountNo: string;
  /** Shown to buyers under the account (e.g. "请备注订单号"). */
  note: string;
  updatedAt: string;
}

/** How to pay one order (GET /api/orders/:id/payment). */
export interface PaymentInstructionsView {
  orderId: string;
  orderNo: string;
  /** The provider that handles this order's payment; `bank_transfer` is built in. */
  method: string;
  amountFen: number;
  /** awaiting: pay now; not_yet: the seller has not confirmed the order; paid; closed: cancelled or expired. */
  state: 'awaiting' | 'not_yet' | 'paid' | 'closed';
  /** What the buyer writes as the transfer's remark (附言): the order number. */
  reference: string;
  /** The seller's receiving account; null when the seller has not set one yet (contact the seller). */
  payee: Omit<PaymentAccountView, 'updatedAt'> | null;
  /** The transfer reference the exhibitor recorded when marking the order paid. */
  paymentRef: string | null;
  /** A confirmed deal order unpaid by then expires. */
  payBy: string | null;
}
