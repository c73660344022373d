/**
 * Fixed bounds of one product (the per-enterprise ones are configuration: CATALOG_MAX_PRODUCTS,
 * UPLOAD_MAX_IMAGES, UPLOAD_MAX_MB, UPLOAD_MAX_PER_MINUTE). docs/catalog.md lists them all.
 */
export const CATALOG_LIMITS = {
  /** SKUs a product shows and sells. */
  skusPerProduct: 100,
  /** SKU rows a product may keep, removed ones included (removed SKUs stay for the orders that name them). */
  skuRowsPerProduct: 300,
  tiersPerSku: 10,
  imagesPerProduct: 9,
  specificationsPerProduct: 30,
  certificationsPerProduct: 20,
  specsPerSku: 5,
  /** Highest price in fen (¥10,000,000.00): prices are stored as 32-bit integers. */
  maxPriceFen: 1_000_000_000,
  /** Highest stock, MOQ and tier quantity. */
  maxQuantity: 1_000_000_000,
  maxLeadTimeDays: 365,
  /** Largest image file, bytes. */
  maxImageBytes: 5 * 1024 * 1024,
  /** Widest or tallest image, pixels. */
  maxImagePixels: 12_000,
} as const;
