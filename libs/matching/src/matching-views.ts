import type { DemandView, MatchProductView, MatchSupplierView } from '@livefair/protocol';
import type { ProductFacts, SupplierFacts } from './engine/facts';
import type { Demand } from './entities/demand.entity';
import type { MatchSupplier } from './entities/match-supplier.entity';

export function toDemandView(d: Demand): DemandView {
  return {
    id: d.id,
    status: d.status,
    text: d.text,
    categoryCode: d.categoryCode,
    matchedCategory: d.matchedCategory,
    quantity: d.quantity,
    unit: d.unit,
    targetUnitPriceFen: d.targetUnitPriceFen,
    deliveryProvince: d.deliveryProvince,
    deadline: d.deadline.toISOString(),
    certifications: d.certifications,
    oem: d.oem,
    sampleFirst: d.sampleFirst,
    vatInvoice: d.vatInvoice,
    prefersLocal: d.prefersLocal,
    createdAt: d.createdAt.toISOString(),
  };
}

export function toSupplierView(s: SupplierFacts, source: MatchSupplier['source']): MatchSupplierView {
  return {
    id: s.id,
    enterpriseId: s.enterpriseId,
    source,
    name: s.name,
    province: s.province,
    city: s.city,
    oem: s.oem || s.odm,
    vatSpecialInvoice: s.vatSpecialInvoice,
    monthlyCapacity: s.monthlyCapacity,
    certifications: s.certifications,
  };
}

export function toProductView(p: ProductFacts): MatchProductView {
  return {
    id: p.id,
    catalogProductId: p.catalogProductId,
    title: p.title,
    titleEn: p.titleEn,
    categoryCode: p.categoryCode,
    moq: p.moq,
    priceFen: p.priceFen,
    leadTimeDays: p.leadTimeDays,
    certifications: p.certifications,
  };
}
