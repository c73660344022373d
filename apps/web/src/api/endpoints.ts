import type {
  AppInfo,
  AuthResult,
  BoothDetail,
  BoothSummary,
  ExpoDetail,
  ExpoSummary,
  LoginRequest,
  NotificationView,
  RegisterRequest,
  UserView,
} from '@livefair/protocol';

import { api } from './client';

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
};
