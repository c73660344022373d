import type {
  AppInfo,
  AuthResult,
  BoothDetail,
  BoothSummary,
  ExpoDetail,
  ExpoSummary,
  LoginRequest,
  NotificationView,
  OrderDetailView,
  OrderPage,
  OrderTermsView,
  OrderView,
  PaymentAccountView,
  PaymentInstructionsView,
  PlaceOrderRequest,
  RegisterRequest,
  UpdateDeliveryRequest,
  UserView,
} from '@livefair/protocol';

import { api, apiDownload } from './client';

const id = (value: string) => encodeURIComponent(value);

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
