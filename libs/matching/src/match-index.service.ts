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
/** How often a sync also compares every row's `updatedAt` with the index (late commits, clock skew). */
export const RECONCILE_MS = 30_000;

/**
 * This process's in-memory ranking index, kept current from the tables: before each ranking it
 * reads the suppliers and demands changed since the last look (an indexed `updatedAt` range,
 * with an overlap for clock skew), so writes by any process (the worker's refresh job, another
 * API replica) are seen by the next ranking. A write whose transaction commits later than the
 * overlap after its `updatedAt` (or a row gone) is caught by the reconciliation every
 * RECONCILE_MS, which compares the `updatedAt` of every row with what the index holds. A row is
 * (re)indexed only when its `updatedAt` differs from the one the index holds, so every write must
 * move it (SupplierStore keeps a supplier's strictly increasing).
 */
@Injectable()
export class MatchIndex {
  readonly matcher = new Matcher();
  private supplierMark: Date | null = null;
  private demandMark: Date | null = null;
  /** Id -> the `updatedAt` (ms) of the row the index holds. */
  private readonly supplierStamps = new Map<string, number>();
  private readonly demandStamps = new Map<string, number>();
  private reconciledAt = 0;
  private syncing: Promise<void> | null = null;

  constructor(private readonly tx: TransactionalConnection) {}

  /** Brings the index up to date (one sync at a time; callers share it). */
  async sync(): Promise<void> {
    while (this.syncing) await this.syncing;
    this.syncing = this.load().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async load(): Promise<void> {
    const full = this.supplierMark === null;
    // The window's ids and stamps first: a row the index already holds as stamped is not read or
    // indexed again (a bulk onboarding's suppliers stay inside the overlap until something newer is
    // written, and re-indexing all of them made every ranking cost as much as the onboarding).
    const seen = await this.tx.getRepository(MatchSupplier).find({
      select: { id: true, updatedAt: true },
      where: this.supplierMark ? { updatedAt: MoreThanOrEqual(new Date(this.supplierMark.getTime() - OVERLAP_MS)) } : {},
    });
    const changed = seen.filter((r) => this.supplierStamps.get(r.id) !== r.updatedAt.getTime()).map((r) => r.id);
    for (let i = 0; i < changed.length; i += 500)
      await this.loadSuppliers(await this.tx.getRepository(MatchSupplier).find({ where: { id: In(changed.slice(i, i + 500)) } }));
    for (const s of seen) if (!this.supplierMark || s.updatedAt > this.supplierMark) this.supplierMark = s.updatedAt;
    if (!this.supplierMark) this.supplierMark = new Date(0);

    const demands = await this.tx.getRepository(Demand).find({
      where: this.demandMark
        ? { updatedAt: MoreThanOrEqual(new Date(this.demandMark.getTime() - OVERLAP_MS)) }
        : { status: 'open' },
    });
    for (const d of demands) {
      if (this.demandStamps.get(d.id) !== d.updatedAt.getTime()) this.putDemand(d);
      if (!this.demandMark || d.updatedAt > this.demandMark) this.demandMark = d.updatedAt;
    }
    if (!this.demandMark) this.demandMark = new Date(0);

    if (full) this.reconciledAt = Date.now();
    else if (Date.now() - this.reconciledAt >= RECONCILE_MS) await this.reconcile();
  }

  /** Reloads every row whose `updatedAt` differs from the index's, and drops the ones gone (or no longer open). */
  async reconcile(): Promise<void> {
    this.reconciledAt = Date.now();
    const rows = await this.tx.getRepository(MatchSupplier).find({ select: { id: true, updatedAt: true } });
    const stale = rows.filter((r) => this.supplierStamps.get(r.id) !== r.updatedAt.getTime()).map((r) => r.id);
    const present = new Set(rows.map((r) => r.id));
    for (const id of [...this.supplierStamps.keys()])
      if (!present.has(id)) {
        this.matcher.removeSupplier(id);
        this.supplierStamps.delete(id);
      }
    for (let i = 0; i < stale.length; i += 500)
      await this.loadSuppliers(await this.tx.getRepository(MatchSupplier).find({ where: { id: In(stale.slice(i, i + 500)) } }));

    const open = await this.tx.getRepository(Demand).find({ select: { id: true, updatedAt: true }, where: { status: 'open' } });
    const openIds = new Set(open.map((d) => d.id));
    for (const id of [...this.demandStamps.keys()])
      if (!openIds.has(id)) {
        this.matcher.removeDemand(id);
        this.demandStamps.delete(id);
      }
    const staleDemands = open.filter((d) => this.demandStamps.get(d.id) !== d.updatedAt.getTime()).map((d) => d.id);
    for (let i = 0; i < staleDemands.length; i += 500)
      for (const d of await this.tx.getRepository(Demand).find({ where: { id: In(staleDemands.slice(i, i + 500)) } }))
        this.putDemand(d);
  }

  private async loadSuppliers(suppliers: MatchSupplier[]): Promise<void> {
    for (let i = 0; i < suppliers.length; i += 500) {
      const chunk = suppliers.slice(i, i + 500);
      const products = await this.tx
        .getRepository(MatchProduct)
        .find({ where: { supplierId: In(chunk.map((s) => s.id)) }, order: { sortOrder: 'ASC' } });
      const bySupplier = new Map<string, MatchProduct[]>();
      for (const p of products) {
        const list = bySupplier.get(p.supplierId);
        if (list) list.push(p);
        else bySupplier.set(p.supplierId, [p]);
      }
      for (const s of chunk) {
        this.matcher.upsertSupplier(supplierFacts(s, bySupplier.get(s.id) ?? []));
        this.supplierStamps.set(s.id, s.updatedAt.getTime());
      }
    }
  }

  private putDemand(d: Demand): void {
    if (d.status === 'open') {
      this.matcher.upsertDemand(demandFacts(d));
      this.demandStamps.set(d.id, d.updatedAt.getTime());
    } else {
      this.matcher.removeDemand(d.id);
      this.demandStamps.delete(d.id);
    }
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
    matchedCategory: d.matchedCategory,
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
