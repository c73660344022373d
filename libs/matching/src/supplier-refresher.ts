import { Injectable, Logger } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { DomainEvents, JobHandler, JobQueue, OnDomainEvent } from '@livefair/core';
import { BoothService, EnterpriseProfileService, EnterpriseService, PROVINCES } from '@livefair/expo';
import { CN_PROVINCES, type EnterpriseProfileView, type ProductView } from '@livefair/protocol';
import { productCategory } from './engine/analyze';
import { certificationCodes } from './engine/vocabulary';
import type { RefreshSupplierPayload } from './matching-jobs';
import { ProductFields, SupplierStore } from './supplier-store.service';

/** Catalog changes of one enterprise within this window are refreshed by one job, after the window. */
export const REFRESH_WINDOW_MS = 1000;

/**
 * Keeps the derived supplier profile of an enterprise current: a change to its catalog, its
 * enterprise profile, its booths or their live status enqueues a refresh (one job per
 * enterprise and second); the job re-reads the enterprise, its trade profile, its booths and
 * its published products and replaces the supplier profile whole.
 */
@Injectable()
export class SupplierRefresher {
  private readonly logger = new Logger('SupplierRefresher');

  constructor(
    private readonly queue: JobQueue,
    private readonly catalog: CatalogService,
    private readonly enterprises: EnterpriseService,
    private readonly booths: BoothService,
    private readonly store: SupplierStore,
    private readonly profiles: EnterpriseProfileService,
  ) {}

  @OnDomainEvent('catalog.products-changed')
  async onProductsChanged(e: DomainEvents['catalog.products-changed'], now = Date.now()): Promise<void> {
    await this.schedule(e.enterpriseId, now);
  }

  @OnDomainEvent('expo.enterprise-profile-changed')
  async onProfileChanged(e: DomainEvents['expo.enterprise-profile-changed'], now = Date.now()): Promise<void> {
    await this.schedule(e.enterpriseId, now);
  }

  @OnDomainEvent('expo.booth-assigned')
  async onBoothAssigned(e: DomainEvents['expo.booth-assigned']): Promise<void> {
    await this.schedule(e.enterpriseId, Date.now());
  }

  /** A booth went live or offline: its enterprise's activity changed. */
  @OnDomainEvent('live.session-status-changed')
  async onLiveStatus(e: DomainEvents['live.session-status-changed']): Promise<void> {
    const enterpriseId = await this.booths.enterpriseOf(e.boothId);
    if (enterpriseId) await this.schedule(enterpriseId, Date.now());
  }

  /**
   * Changes of one enterprise within one second share a job, which runs once that second is over:
   * it reads every change whose event (published after its commit) fell in the second. A jobId per
   * enterprise alone would lose a change published while that enterprise's refresh was running
   * (the queue drops an enqueue whose jobId is still waiting or running).
   */
  private async schedule(enterpriseId: string, now: number): Promise<void> {
    const second = Math.floor(now / REFRESH_WINDOW_MS);
    await this.queue.enqueue(
      'matching.refresh-supplier',
      { enterpriseId },
      { jobId: `refresh:${enterpriseId}:${second}`, delayMs: (second + 1) * REFRESH_WINDOW_MS - now + 20 },
    );
  }

  @JobHandler('matching.refresh-supplier')
  async refresh({ enterpriseId }: RefreshSupplierPayload): Promise<void> {
    const enterprise = await this.enterprises.view(enterpriseId);
    if (!enterprise) return this.logger.warn(`refresh: no enterprise ${enterpriseId}`);
    const [products, booths, profile] = await Promise.all([
      this.catalog.productsOf(enterpriseId),
      this.booths.ofEnterprise(enterpriseId),
      this.profiles.profileOf(enterpriseId),
    ]);
    const live = booths.some((b) => b.liveStatus === 'live') ? 1 : booths.some((b) => b.liveStatus === 'scheduled') ? 0.6 : 0;
    const activity = Math.min(1, live + (booths.length ? 0.2 : 0) + Math.min(0.2, products.length / 100));
    const derived = products.map(productFields);
    await this.store.replace(
      `enterprise:${enterpriseId}`,
      {
        source: 'catalog',
        enterpriseId,
        importedBy: null,
        name: enterprise.name.slice(0, 128),
        province: provinceName(profile.province),
        city: (profile.city || enterprise.city).slice(0, 32),
        mainCategories: [...new Set(derived.map((p) => p.categoryCode).filter((c): c is string => c !== null))],
        monthlyCapacity: profile.monthlyCapacity,
        oem: profile.oem,
        odm: profile.odm,
        vatSpecialInvoice: profile.vatSpecialInvoice,
        exportMarkets: profile.exportMarkets,
        certifications: heldCertifications(profile, new Date()),
        activity,
        responseRate: null,
      },
      derived,
    );
  }
}

/** The short name matching and the quotes flow use (浙江, 内蒙古 ...) of a GB/T 2260 province code; null for none. */
export function provinceName(code: string): string | null {
  const zh = (PROVINCES as Record<string, { zh: string }>)[code]?.zh;
  if (!zh) return null;
  let best: string | null = null;
  for (const short of CN_PROVINCES) if (zh.startsWith(short) && short.length > (best?.length ?? 0)) best = short;
  return best;
}

/** The profile's certificates matching knows, without the expired ones (valid until a day before today). */
export function heldCertifications(profile: EnterpriseProfileView, now: Date): string[] {
  const today = now.toISOString().slice(0, 10);
  const codes = profile.certifications
    .filter((c) => c.validUntil === null || c.validUntil.slice(0, 10) >= today)
    .map((c) => certCode(c.code));
  return [...new Set(codes.filter((c): c is string => c !== null))];
}

/** A published catalog product as matching reads it: its cheapest terms across live SKUs. */
function productFields(p: ProductView): ProductFields {
  const prices = p.skus.flatMap((s) => [s.retailPriceFen, ...s.tiers.map((t) => t.unitPriceFen)]);
  const tags = p.specifications.map((s) => s.value).slice(0, 20);
  return {
    catalogProductId: p.id,
    ref: p.id,
    title: p.name.slice(0, 200),
    titleEn: p.nameEn.slice(0, 200),
    description: `${p.description} ${p.descriptionEn}`.trim().slice(0, 4000),
    tags,
    categoryCode: productCategory(p.category, `${p.name} ${p.nameEn}`, tags),
    moq: p.moq ?? 1,
    priceFen: prices.length ? Math.min(...prices) : null,
    leadTimeDays: p.skus.length ? Math.min(...p.skus.map((s) => s.leadTimeDays)) : null,
    certifications: [...new Set(p.certifications.map((c) => certCode(c.name)).filter((c): c is string => c !== null))],
    samples: p.skus.some((s) => s.samplePriceFen !== null),
  };
}

/** A certificate's name as a code: CCC (also 3C), CE, ISO9001, OEKO_TEX ("OEKO-TEX Standard 100") ... null when not one matching knows. */
function certCode(name: string): string | null {
  const n = name
    .toUpperCase()
    .trim()
    .replace(/[\s-]+/g, '_')
    .replace(/^ISO_?9001.*/, 'ISO9001');
  if (n === '3C' || n.startsWith('CCC')) return 'CCC';
  const known = certificationCodes
    .map((c) => c.code)
    .find((c) => n === c || n.startsWith(`${c}_`) || n.replace(/_/g, '') === c.replace(/_/g, ''));
  return known ?? null;
}
