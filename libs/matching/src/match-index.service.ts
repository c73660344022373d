import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@livefair/core';
import { In, MoreThanOrEqual } from 'typeorm';
import { DemandFacts, SupplierFacts } from './engine/facts';
import { Matcher } from './engine/matcher';
import { Demand } from './entities/demand.entity';
import { MatchProduct } from './entities/match-product.entity';
import { MatchSupplier } from './entities/match-supplier.entity';

/** Rows changed this long before the last one seen are read again (clocks of several processes). */
const OVERLAP_MS = 2_000;

/**
 * This process's in-memory ranking index, kept current from the tables: before each ranking it
 * reads the suppliers and demands changed since the last look (an indexed `updatedAt` range),
 * so writes by any process (the worker's refresh job, another API replica) are seen.
 */
@Injectable()
export class MatchIndex {
  readonly matcher = new Matcher();
  private supplierMark: Date | null = null;
  private demandMark: Date | null = null;
  private syncing: Promise<void> | null = null;

  constructor(private readonly tx: TransactionalConnection) {}

  /** Brings the index up to date (one sync at a time; callers share it). */
  async sync(): Promise<void> {
    while (this.syncing) await this.syncing;
    this.syncing = this.load().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async load(): Promise<void> {
    const suppliers = await this.tx.getRepository(MatchSupplier).find({
      where: this.supplierMark ? { updatedAt: MoreThanOrEqual(new Date(this.supplierMark.getTime() - OVERLAP_MS)) } : {},
    });
    for (let i = 0; i < suppliers.length; i += 500) {
      const chunk = suppliers.slice(i, i + 500);
      const products = await this.tx
        .getRepository(MatchProduct)
        .find({ where: { supplierId: In(chunk.map((s) => s.id)) }, order: { sortOrder: 'ASC' } });
      const bySupplier = new Map<string, MatchProduct[]>();
      for (const p of products) bySupplier.set(p.supplierId, [...(bySupplier.get(p.supplierId) ?? []), p]);
      for (const s of chunk) this.matcher.upsertSupplier(supplierFacts(s, bySupplier.get(s.id) ?? []));
    }
    for (const s of suppliers) if (!this.supplierMark || s.updatedAt > this.supplierMark) this.supplierMark = s.updatedAt;

    const demands = await this.tx.getRepository(Demand).find({
      where: this.demandMark
        ? { updatedAt: MoreThanOrEqual(new Date(this.demandMark.getTime() - OVERLAP_MS)) }
        : { status: 'open' },
    });
    for (const d of demands) {
      if (d.status === 'open') this.matcher.upsertDemand(demandFacts(d));
      else this.matcher.removeDemand(d.id);
      if (!this.demandMark || d.updatedAt > this.demandMark) this.demandMark = d.updatedAt;
    }
    if (!this.demandMark) this.demandMark = new Date(0);
  }
}

export function supplierFacts(s: MatchSupplier, products: MatchProduct[]): SupplierFacts {
  return {
    id: s.id,
    enterpriseId: s.enterpriseId,
    name: s.name,
    province: s.province,
    city: s.city,
    monthlyCapacity: s.monthlyCapacity,
    oem: s.oem,
    odm: s.odm,
    vatSpecialInvoice: s.vatSpecialInvoice,
    certifications: s.certifications,
    exportMarkets: s.exportMarkets,
    activity: s.activity,
    responseRate: s.responseRate,
    products: products.map((p) => ({
      id: p.id,
      catalogProductId: p.catalogProductId,
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

export function demandFacts(d: Demand): DemandFacts {
  return {
    id: d.id,
    buyerId: d.buyerId,
    text: d.text,
    categoryCode: d.categoryCode,
    quantity: d.quantity,
    unit: d.unit,
    targetUnitPriceFen: d.targetUnitPriceFen,
    deliveryProvince: d.deliveryProvince,
    deadline: d.deadline,
    certifications: d.certifications,
    oem: d.oem,
    sampleFirst: d.sampleFirst,
    vatInvoice: d.vatInvoice,
    prefersLocal: d.prefersLocal,
  };
}
