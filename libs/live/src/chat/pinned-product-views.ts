import { Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import type { PinnedProductView } from '@livefair/protocol';
import { LiveSession } from '../entities/live-session.entity';

/** The product card viewers see for a session's pinned product. */
@Injectable()
export class PinnedProductViews {
  constructor(private readonly catalog: CatalogService) {}

  async of(session: LiveSession): Promise<PinnedProductView | null> {
    if (!session.pinnedProductId) return null;
    const p = await this.catalog.find(session.pinnedProductId);
    if (!p) return null;
    const prices = [...p.priceTiers.map((t) => t.unitPriceFen), ...p.skus.map((s) => s.priceFen)];
    return {
      productId: p.id,
      name: p.name,
      unit: p.unit,
      moq: p.moq,
      fromPriceFen: prices.length ? Math.min(...prices) : 0,
      pinnedAt: (session.pinnedAt ?? new Date()).toISOString(),
    };
  }
}
