import { Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { DomainError, Principal } from '@livefair/core';
import type { PinnedProductView } from '@livefair/protocol';
import { RoomHub } from '../gateway/room-hub';
import { LiveSessionService } from '../sessions/live-session.service';
import { PinnedProductViews } from './pinned-product-views';
import { RoomEntryState } from './room-entry-state';

/** The product the booth staff pin over the video. */
@Injectable()
export class PinService {
  constructor(
    private readonly sessions: LiveSessionService,
    private readonly catalog: CatalogService,
    private readonly views: PinnedProductViews,
    private readonly entry: RoomEntryState,
    private readonly hub: RoomHub,
  ) {}

  async pin(principal: Principal | null, sessionId: string, productId: string | null): Promise<PinnedProductView | null> {
    const session = await this.sessions.getForStaff(principal, sessionId);
    if (session.status === 'ended') throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    if (productId) {
      // Only published products can be pinned: find() returns no draft or hidden one.
      const product = await this.catalog.find(productId);
      if (!product || product.enterpriseId !== session.enterpriseId) {
        throw DomainError.notFound('PRODUCT_NOT_FOUND', "Published product in this booth's catalog", productId);
      }
    }
    await this.sessions.setPinned(sessionId, productId);
    this.entry.forget(sessionId);
    const pinned = await this.views.of(await this.sessions.get(sessionId));
    this.hub.toRoom(sessionId, 'pin.changed', { pinned });
    return pinned;
  }
}
