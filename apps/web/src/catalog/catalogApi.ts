import type {
  CertificationView,
  ImageView,
  PriceTierView,
  ProductPage,
  ProductSpecView,
  ProductStatus,
  ProductView,
} from '@livefair/protocol';

import { api } from '../api/client';

const id = (value: string) => encodeURIComponent(value);

/** One SKU as the product API takes it (prices in fen). */
export interface SkuInput {
  id?: string;
  skuCode: string;
  specs: Record<string, string>;
  retailPriceFen: number;
  stock: number;
  moq: number;
  samplePriceFen: number | null;
  leadTimeDays: number;
  tiers: PriceTierView[];
}

/** The body of create and of update (a whole product). */
export interface ProductInput {
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  category: string;
  unit: string;
  specifications: ProductSpecView[];
  certifications: CertificationView[];
  images: string[];
  skus: SkuInput[];
}

export interface ProductQuery {
  status?: ProductStatus;
  q?: string;
  page: number;
  pageSize: number;
}

/** The exhibitor's catalog calls (docs/catalog.md). */
export const catalogApi = {
  list: (query: ProductQuery, signal?: AbortSignal) => {
    const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
    if (query.status) params.set('status', query.status);
    if (query.q) params.set('q', query.q);
    return api.get<ProductPage>(`/my/products?${params.toString()}`, signal);
  },
  get: (productId: string, signal?: AbortSignal) => api.get<ProductView>(`/my/products/${id(productId)}`, signal),
  create: (body: ProductInput) => api.post<ProductView>('/my/products', body),
  update: (productId: string, body: ProductInput) => api.put<ProductView>(`/my/products/${id(productId)}`, body),
  setStatus: (productId: string, action: 'publish' | 'hide' | 'draft') =>
    api.post<ProductView>(`/my/products/${id(productId)}/${action}`, {}),
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<ImageView>('/uploads/images', form);
  },
};
