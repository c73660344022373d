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
  /** Chinese name (always set) and English name ('' when the organizer gave none). */
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  /** The organizer's cover image (`/api/images/:key`), or null. */
  coverUrl: string | null;
  /** IANA zone the organizer gave the dates in. */
  timeZone: string;
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

/** From `minQty` units on, each unit of a bulk order costs `unitPriceFen`. */
export interface PriceTierView {
  minQty: number;
  unitPriceFen: number;
}

export type ProductStatus = 'draft' | 'published' | 'hidden';

/** One line of a product's specification sheet, e.g. { name: '面料', value: '100% 棉' }. */
export interface ProductSpecView {
  name: string;
  value: string;
}

/** A certificate held for the product (CE, FDA, 3C, ISO 9001 ...). */
export interface CertificationView {
  name: string;
  /** Certificate number; '' when not given. */
  number: string;
  issuer: string;
  /** Last day it is valid, `YYYY-MM-DD`; null: no end date given. */
  validUntil: string | null;
}

/** An uploaded image: its storage key and where to GET it (a path on this server). */
export interface ImageRef {
  key: string;
  url: string;
}

/** An image in the enterprise's library (POST /api/uploads/images, GET /api/my/images). */
export interface ImageView extends ImageRef {
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  bytes: number;
  width: number;
  height: number;
  createdAt: string;
}

export interface SkuView {
  id: string;
  skuCode: string;
  /** Spec name -> value, e.g. { "颜色": "藏青", "尺码": "L" }. */
  specs: Record<string, string>;
  /** Retail unit price, fen. */
  retailPriceFen: number;
  stock: number;
  /** Minimum quantity of a bulk order. */
  moq: number;
  /** One sample's price, fen; null: no samples. */
  samplePriceFen: number | null;
  leadTimeDays: number;
  /** Wholesale tiers, ascending minQty (1 to 10). */
  tiers: PriceTierView[];
}

export interface ProductView {
  id: string;
  enterpriseId: string;
  status: ProductStatus;
  /** Chinese title (primary) and English title ('' when none). */
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  category: string;
  unit: string;
  specifications: ProductSpecView[];
  certifications: CertificationView[];
  /** In display order; the first is the cover. */
  images: ImageRef[];
  /** In the exhibitor's order. */
  skus: SkuView[];
  /** Lowest price across the SKUs' retail and tier prices, fen; null without SKUs. */
  fromPriceFen: number | null;
  /** Lowest SKU MOQ; null without SKUs. */
  moq: number | null;
  createdAt: string;
  updatedAt: string;
}

/** One page of the exhibitor's own products (GET /api/my/products). */
export interface ProductPage {
  items: ProductView[];
  total: number;
  page: number;
  pageSize: number;
}

/** One page of the enterprise's image library (GET /api/my/images). */
export interface ImagePage {
  items: ImageView[];
  total: number;
  page: number;
  pageSize: number;
  /** What the enterprise holds against its quota. */
  usage: { images: number; bytes: number; maxImages: number; maxBytes: number };
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
  /** A path of the web app the line leads to (open it on click), or null. */
  link: string | null;
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
