import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
// A fixture, like the demo loader: it writes the catalog's rows by path (quicker than the product
// API, and any terms a test needs). Products' terms are what the orders tests price against.
import { Product } from '@livefair/catalog/entities/product.entity';
import { Sku } from '@livefair/catalog/entities/sku.entity';
import { httpClient } from './http';

export interface FixtureProduct {
  productId: string;
  skuIds: string[];
}

export interface ProductTerms {
  name?: string;
  unit?: string;
  moq?: number;
  samplePriceFen?: number | null;
  /** [minQty, unitPriceFen] */
  tiers?: [number, number][];
  /** One SKU per entry. */
  skus?: { code?: string; priceFen: number; stock: number; specs?: Record<string, string> }[];
}

/** A product of `enterpriseId` with the given terms, written straight into the catalog's tables. */
export async function addProduct(app: INestApplication, enterpriseId: string, terms: ProductTerms = {}): Promise<FixtureProduct> {
  const ds = app.get(DataSource);
  return ds.transaction(async (m) => {
    const sample = terms.samplePriceFen === undefined ? 1500 : terms.samplePriceFen;
    const product = await m.save(
      m.create(Product, {
        id: randomUUID(),
        enterpriseId,
        name: terms.name ?? '测试针织开衫',
        description: '',
        category: '测试',
        unit: terms.unit ?? '件',
        nameEn: '',
        descriptionEn: '',
        specifications: [],
        certifications: [],
        images: [],
        status: 'published',
      }),
    );
    const tiers = (
      terms.tiers ?? [
        [50, 3000],
        [200, 2600],
        [1000, 2200],
      ]
    ).map(([minQty, unitPriceFen]) => ({ minQty, unitPriceFen }));
    const skus = terms.skus ?? [{ priceFen: 3900, stock: 100 }];
    const saved = await m.save(
      skus.map((s, i) =>
        m.create(Sku, {
          id: randomUUID(),
          productId: product.id,
          skuCode: s.code ?? `T-${product.id.slice(0, 6)}-${i + 1}`,
          specs: s.specs ?? { 颜色: ['藏青', '燕麦', '黑色'][i % 3] },
          priceFen: s.priceFen,
          stock: s.stock,
          moq: terms.moq ?? 50,
          leadTimeDays: 10,
          samplePriceFen: sample,
          tiers,
          sortOrder: i,
          removedAt: null,
        }),
      ),
    );
    return { productId: product.id, skuIds: saved.map((s) => s.id) };
  });
}

/** A SKU's stock, read back from the catalog's table. */
export async function stockOf(app: INestApplication, skuId: string): Promise<number> {
  return (await app.get(DataSource).getRepository(Sku).findOneByOrFail({ id: skuId })).stock;
}

/** A new exhibitor account (its own new enterprise): someone else's staff. */
export async function newExhibitor(
  url: string,
  enterpriseName = '另一家测试工厂',
): Promise<{ token: string; id: string; enterpriseId: string }> {
  const email = `e${Date.now()}${Math.random().toString(36).slice(2, 8)}@example.cn`;
  const r = await httpClient(url).post('/api/auth/register', {
    email,
    password: 'exhibitor-pass-1',
    displayName: '别家店长',
    role: 'exhibitor',
    enterpriseName,
  });
  if (r.status !== 201) throw new Error(`register: ${r.status} ${JSON.stringify(r.body)}`);
  return { token: r.body.accessToken, id: r.body.user.id, enterpriseId: r.body.user.enterpriseId };
}

export const SHIP_TO = {
  contactName: '王采购',
  phone: '13800138000',
  province: '浙江省',
  city: '杭州市',
  address: '西湖区文三路 100 号 5 楼',
};

export const SPECIAL_INVOICE = {
  kind: 'special',
  title: '杭州优选商贸有限公司',
  taxpayerId: '91330106MA2B1C2D3E',
  registeredAddress: '杭州市西湖区文三路 100 号',
  registeredPhone: '0571-88886666',
  bankName: '招商银行杭州分行',
  bankAccount: '571908888810001',
};

/** Headers for an order-creating request. */
export function idem(key: string = randomUUID()): Record<string, string> {
  return { 'idempotency-key': key };
}

/** POST /api/orders with an Idempotency-Key (a fresh one unless given). */
export function placeOrder(url: string, token: string, body: Record<string, unknown>, key: string = randomUUID()) {
  return httpClient(url).request('POST', '/api/orders', { token, body, headers: idem(key) });
}

/** The titles in a user's inbox, newest first. */
export async function inboxTitles(url: string, token: string): Promise<string[]> {
  const r = await httpClient(url).get<{ title: string }[]>('/api/notifications', token);
  if (r.status !== 200) throw new Error(`inbox: ${r.status}`);
  return r.body.map((n) => n.title);
}
