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
  UserView,
} from '@livefair/protocol';

import { api } from './client';

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
};
