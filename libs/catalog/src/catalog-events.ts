/**
 * A product of an enterprise was created, edited or changed status. Published by ProductEditor
 * in the transaction that wrote it; matching re-derives the enterprise's supplier profile from it.
 */
export interface CatalogProductsChanged {
  enterpriseId: string;
  productId: string;
}

/** The catalog context's domain events (see DomainEvents in core). */
export interface CatalogEvents {
  'catalog.products-changed': CatalogProductsChanged;
}

declare module '@livefair/core' {
  interface DomainEvents extends CatalogEvents {}
}
