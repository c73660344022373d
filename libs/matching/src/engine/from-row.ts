import type { SupplierRow } from '../onboarding/supplier-row';
import type { SupplierFacts } from './facts';

/** The ranking's view of an onboarded supplier (ids given by the caller: the stored rows' ids). */
export function supplierFactsOf(id: string, row: SupplierRow, productIds: string[] = []): SupplierFacts {
  return {
    id,
    enterpriseId: row.enterpriseId,
    name: row.name,
    province: row.province,
    city: row.city,
    monthlyCapacity: row.monthlyCapacity,
    oem: row.oem,
    odm: row.odm,
    vatSpecialInvoice: row.vatSpecialInvoice,
    certifications: row.certifications,
    exportMarkets: row.exportMarkets,
    activity: row.activity,
    responseRate: row.responseRate,
    products: row.products.map((p, i) => ({
      id: productIds[i] ?? `${id}/${p.ref}`,
      catalogProductId: null,
      title: p.title,
      titleEn: p.titleEn,
      description: p.description,
      tags: p.tags,
      categoryCode: p.categoryCode,
      moq: p.moq,
      priceFen: p.priceFen,
      leadTimeDays: p.leadTimeDays,
      certifications: p.certifications,
      samples: p.samples,
    })),
  };
}
