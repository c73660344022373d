/**
 * Shapes of the public HTTP API, shared by the server and the web pages.
 * Money is integer fen (1 CNY = 100 fen); times are ISO-8601 strings in UTC.
 */

export type Role = 'buyer' | 'exhibitor' | 'organizer';

export interface ApiErrorBody {
  /** Stable machine-readable code, e.g. `AUTH_INVALID_CREDENTIALS`. */
  code: string;
  message: string;
  requestId?: string;
  /** Per-field problems for `VALIDATION_FAILED`. */
  details?: { field: string; problems: string[] }[];
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  enterpriseId: string | null;
  createdAt: string;
}

export interface AuthResult {
  accessToken: string;
  user: UserView;
}

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  /** Required when role is `exhibitor`: the enterprise the user belongs to. */
  enterpriseName?: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export type ExpoStatus = 'draft' | 'published' | 'open' | 'closed';

export interface ExpoSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  status: ExpoStatus;
  startsAt: string;
  endsAt: string;
  hallCount: number;
  boothCount: number;
}

export interface HallView {
  id: string;
  expoId: string;
  name: string;
  industry: string;
  sortOrder: number;
  boothCount: number;
}

export interface ExpoDetail extends ExpoSummary {
  halls: HallView[];
}

export interface EnterpriseView {
  id: string;
  name: string;
  city: string;
  industry: string;
  description: string;
}

export type BoothLiveStatus = 'offline' | 'scheduled' | 'live';

export interface BoothSummary {
  id: string;
  hallId: string;
  expoId: string;
  code: string;
  headline: string;
  enterprise: EnterpriseView;
  productCount: number;
  liveStatus: BoothLiveStatus;
}

export interface PriceTierView {
  minQty: number;
  unitPriceFen: number;
}

export interface SkuView {
  id: string;
  skuCode: string;
  /** Attribute name -> value, e.g. { "颜色": "藏青", "尺码": "L" }. */
  specs: Record<string, string>;
  priceFen: number;
  stock: number;
}

export interface ProductView {
  id: string;
  enterpriseId: string;
  name: string;
  description: string;
  category: string;
  unit: string;
  moq: number;
  leadTimeDays: number;
  sampleAvailable: boolean;
  samplePriceFen: number | null;
  priceTiers: PriceTierView[];
  skus: SkuView[];
}

export interface BoothDetail extends BoothSummary {
  hallName: string;
  expoName: string;
  products: ProductView[];
}

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface HealthReport {
  status: 'ok' | 'error';
  info?: Record<string, { status: string; [k: string]: unknown }>;
  error?: Record<string, { status: string; [k: string]: unknown }>;
}

export interface AppInfo {
  name: string;
  version: string;
  mode: 'embedded' | 'production';
}
