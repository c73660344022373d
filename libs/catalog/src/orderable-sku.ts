import type { PriceTierView } from '@livefair/protocol';

/**
 * What the orders context needs to price and place an order for one SKU: a snapshot read
 * in the caller's transaction. Quantities are in the product's unit; money in fen.
 */
export interface OrderableSku {
  skuId: string;
  productId: string;
  enterpriseId: string;
  /** Chinese title (the product's primary title) and the English one ('' when none). */
  productName: string;
  productNameEn: string;
  unit: string;
  skuCode: string;
  specs: Record<string, string>;
  /** Retail unit price, fen. */
  retailPriceFen: number;
  /** Wholesale tiers, ascending by minQty: from minQty units on, each unit costs unitPriceFen. */
  tiers: PriceTierView[];
  /** Minimum order quantity of a bulk order. */
  moq: number;
  /** Price of one sample, fen; null when no samples are sold. */
  samplePriceFen: number | null;
  leadTimeDays: number;
  /** Units on hand (retail orders and flash deals draw on it). */
  stock: number;
  /** Only published products can be ordered. */
  published: boolean;
}
