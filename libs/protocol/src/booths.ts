import type { BoothSummary, ImageRef, ProductView } from './http';

/** A certificate held: a code of the shipped vocabulary (docs/booths.md), its number, its expiry (YYYY-MM-DD) if any. */
export interface CertificationHeldView {
  code: string;
  number: string;
  validUntil: string | null;
}

/** Someone a buyer can reach at the booth; `userId` is set when the contact is one of the enterprise's accounts. */
export interface BoothContactView {
  userId: string | null;
  name: string;
  title: string;
  phone: string;
  wechat: string;
}

/** A booth's profile (GET /api/booths/:id/profile); the showcase holds only products that are still published. */
export interface BoothProfileView {
  boothId: string;
  enterpriseId: string;
  logo: ImageRef | null;
  banner: ImageRef | null;
  introZh: string;
  introEn: string;
  videoUrl: string;
  showcase: ProductView[];
  certifications: CertificationHeldView[];
  badges: string[];
  contacts: BoothContactView[];
  /** null until the booth's staff first edit it. */
  updatedAt: string | null;
}

/** An enterprise's trade profile (GET /api/enterprises/:id/profile). */
export interface EnterpriseProfileView {
  enterpriseId: string;
  /** GB/T 2260 code, '' when not set. */
  province: string;
  city: string;
  categories: string[];
  monthlyCapacity: number | null;
  capacityUnit: string;
  oem: boolean;
  odm: boolean;
  vatSpecialInvoice: boolean;
  exportMarkets: string[];
  certifications: CertificationHeldView[];
  updatedAt: string | null;
}

/** One booth in search results. */
export interface BoothSearchHit extends BoothSummary {
  logo: ImageRef | null;
  badges: string[];
  province: string;
  city: string;
}

export interface BoothSearchPage {
  items: BoothSearchHit[];
  total: number;
  page: number;
  pageSize: number;
}

/** One product in search results, with the booth that shows it. */
export interface ProductSearchHit {
  product: ProductView;
  booth: { id: string; code: string; expoId: string; enterpriseName: string; liveStatus: BoothSummary['liveStatus'] };
}

export interface ProductSearchPage {
  items: ProductSearchHit[];
  total: number;
  page: number;
  pageSize: number;
}

/** A booth the caller keeps as a favourite (and whose sessions it follows). */
export interface FavouriteView {
  booth: BoothSummary;
  createdAt: string;
}

/** Whether the caller follows a booth (PUT/DELETE/GET /api/booths/:id/favourite). */
export interface FavouriteState {
  boothId: string;
  favourite: boolean;
}

/** The vocabularies the editors and filters use (GET /api/booth-vocabulary). */
export interface BoothVocabularyView {
  badges: { code: string; zh: string; en: string }[];
  certifications: { code: string; zh: string; en: string }[];
  provinces: { code: string; zh: string; en: string }[];
  countries: string[];
}
