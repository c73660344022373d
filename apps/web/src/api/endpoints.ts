import type {
  AcceptQuoteRequest,
  AppInfo,
  AuthResult,
  BoothDetail,
  BoothSummary,
  ExpoDetail,
  ExpoSummary,
  CreateRfqRequest,
  LoginRequest,
  NotificationView,
  OfferQuoteRequest,
  OrderView,
  QuoteView,
  RegisterRequest,
  RfqMessageView,
  RfqPage,
  RfqThreadView,
  RfqView,
  OrderDetailView,
  OrderPage,
  OrderTermsView,
  PaymentAccountView,
  PaymentInstructionsView,
  PlaceOrderRequest,
  UpdateDeliveryRequest,
  UserView,
} from '@livefair/protocol';

import { api, apiDownload } from './client';

const id = (value: string) => encodeURIComponent(value);

/** `?status=open&q=...`: the RFQ lists' query (empty values left out). */
export interface RfqListQuery {
  status?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}
const rfqQuery = (q: RfqListQuery) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** Typed calls for every endpoint the pages use; paths live here and nowhere else. */
export const endpoints = {
  register: (body: RegisterRequest) => api.post<AuthResult>('/auth/register', body),
  login: (body: LoginRequest) => api.post<AuthResult>('/auth/login', body),
  me: (signal?: AbortSignal) => api.get<UserView>('/auth/me', signal),
  info: (signal?: AbortSignal) => api.get<AppInfo>('/info', signal),
  expos: (signal?: AbortSignal) => api.get<ExpoSummary[]>('/expos', signal),
  expo: (expoId: string, signal?: AbortSignal) => api.get<ExpoDetail>(`/expos/${id(expoId)}`, signal),
  hallBooths: (hallId: string, signal?: AbortSignal) => api.get<BoothSummary[]>(`/halls/${id(hallId)}/booths`, signal),
  booth: (boothId: string, signal?: AbortSignal) => api.get<BoothDetail>(`/booths/${id(boothId)}`, signal),
  myBooths: (signal?: AbortSignal) => api.get<BoothSummary[]>('/my/booths', signal),
  myExpos: (signal?: AbortSignal) => api.get<ExpoSummary[]>('/my/expos', signal),
  notifications: (signal?: AbortSignal) => api.get<NotificationView[]>('/notifications', signal),
  /** `{ ids }` (at most 100) or `{ all: true }`. */
  markNotificationsRead: (body: { ids: string[] } | { all: true }) => api.post<{ marked: number }>('/notifications/read', body),
  createRfq: (body: CreateRfqRequest) => api.post<RfqView>('/rfqs', body),
  myRfqs: (query: RfqListQuery, signal?: AbortSignal) => api.get<RfqPage>(`/my/rfqs${rfqQuery(query)}`, signal),
  sellerRfqs: (query: RfqListQuery, signal?: AbortSignal) => api.get<RfqPage>(`/seller/rfqs${rfqQuery(query)}`, signal),
  rfqThread: (rfqId: string, signal?: AbortSignal) => api.get<RfqThreadView>(`/rfqs/${id(rfqId)}`, signal),
  postRfqMessage: (rfqId: string, body: string) => api.post<RfqMessageView>(`/rfqs/${id(rfqId)}/messages`, { body }),
  closeRfq: (rfqId: string, reason?: string) => api.post<RfqView>(`/rfqs/${id(rfqId)}/close`, { reason }),
  offerQuote: (rfqId: string, body: OfferQuoteRequest) => api.post<QuoteView>(`/rfqs/${id(rfqId)}/quotes`, body),
  /** `idempotencyKey`: one per accept attempt (the same on a retry of it), see docs/orders.md. */
  acceptQuote: (quoteId: string, body: AcceptQuoteRequest, idempotencyKey: string) =>
    api.post<OrderView>(`/quotes/${id(quoteId)}/accept`, body, { 'Idempotency-Key': idempotencyKey }),
  declineQuote: (quoteId: string, reason?: string) => api.post<QuoteView>(`/quotes/${id(quoteId)}/decline`, { reason }),

  // Orders (docs/orders.md). `query` is a ready URLSearchParams string of the list filters.
  orderTerms: (skuId: string, signal?: AbortSignal) => api.get<OrderTermsView>(`/skus/${id(skuId)}/order-terms`, signal),
  placeOrder: (body: PlaceOrderRequest, idempotencyKey: string) =>
    api.post<OrderView>('/orders', body, { 'Idempotency-Key': idempotencyKey }),
  myOrders: (query: string, signal?: AbortSignal) => api.get<OrderPage>(`/my/orders?${query}`, signal),
  order: (orderId: string, signal?: AbortSignal) => api.get<OrderDetailView>(`/orders/${id(orderId)}`, signal),
  orderPayment: (orderId: string, signal?: AbortSignal) =>
    api.get<PaymentInstructionsView>(`/orders/${id(orderId)}/payment`, signal),
  updateDelivery: (orderId: string, body: UpdateDeliveryRequest) =>
    api.patch<OrderDetailView>(`/orders/${id(orderId)}/delivery`, body),
  orderStep: (orderId: string, step: 'confirm' | 'pay' | 'ship' | 'cancel' | 'complete', body: object = {}) =>
    api.post<OrderDetailView>(`/orders/${id(orderId)}/${step}`, body),
  sellerOrders: (query: string, signal?: AbortSignal) => api.get<OrderPage>(`/seller/orders?${query}`, signal),
  sellerOrdersCsv: (query: string) => apiDownload(`/seller/orders.csv?${query}`, 'orders.csv'),
  paymentAccount: (signal?: AbortSignal) => api.get<{ account: PaymentAccountView | null }>('/seller/payment-account', signal),
  setPaymentAccount: (body: Omit<PaymentAccountView, 'updatedAt'>) =>
    api.put<{ account: PaymentAccountView }>('/seller/payment-account', body),
};
