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
    // find() sees published products only: a product hidden after it was pinned shows no card.
    const p = await this.catalog.find(session.pinnedProductId);
    if (!p) return null;
    return {
      productId: p.id,
      name: p.name,
      nameEn: p.nameEn,
      unit: p.unit,
      moq: p.moq ?? 1,
      fromPriceFen: p.fromPriceFen ?? 0,
      imageUrl: p.images[0]?.url ?? null,
      pinnedAt: (session.pinnedAt ?? new Date()).toISOString(),
    };
  }
}
