import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CatalogService } from '@livefair/catalog';
import { APP_CONFIG, AppConfig, DomainError, isUniqueViolation, Principal } from '@livefair/core';
import type { ChatMessageView, PinnedProductView } from '@livefair/protocol';
import { IsNull, Repository } from 'typeorm';
import { ChatBan } from '../entities/chat-ban.entity';
import { ChatMessage } from '../entities/chat-message.entity';
import { LiveSession } from '../entities/live-session.entity';
import { RoomHub } from '../gateway/room-hub';
import { LiveSessionService } from '../sessions/live-session.service';
import { toChatView } from '../sessions/views';
import { RateLimiter } from './rate-limiter';
import { SnapshotCache } from '../room/snapshot-cache';

const MAX_CHARS = 500;
const RECENT = 50;
const LIKE_FLUSH_MS = 2000;
/** How long another live process's change may take to reach joiners here (local changes apply at once). */
const ENTRY_STATE_TTL_MS = 2000;

/** What a joining viewer is shown and checked against; shared by every join within the TTL. */
export interface RoomEntryState {
  session: LiveSession;
  pinned: PinnedProductView | null;
  recentChat: ChatMessageView[];
  bannedUserIds: ReadonlySet<string>;
}

/** Chat, likes and the pinned product of a room. */
@Injectable()
export class ChatService implements OnModuleDestroy {
  private readonly limiter: RateLimiter;
  private readonly pendingLikes = new Map<string, number>();
  private readonly likeTotals = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private readonly entry = new SnapshotCache<RoomEntryState>(ENTRY_STATE_TTL_MS, (id) => this.loadEntryState(id));

  constructor(
    @InjectRepository(ChatMessage) private readonly messages: Repository<ChatMessage>,
    @InjectRepository(ChatBan) private readonly bans: Repository<ChatBan>,
    private readonly sessions: LiveSessionService,
    private readonly catalog: CatalogService,
    private readonly hub: RoomHub,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new RateLimiter(config.live.chatMaxPer10s, 10_000);
    this.timer = setInterval(() => void this.flushAllLikes(), LIKE_FLUSH_MS);
    this.timer.unref();
  }

  async send(principal: Principal, sessionId: string, raw: string): Promise<ChatMessageView> {
    const text = raw.trim();
    const chars = [...text].length;
    if (chars === 0 || chars > MAX_CHARS) {
      throw new DomainError('VALIDATION_FAILED', `A message is 1 to ${MAX_CHARS} characters`, [
        { field: 'text', problems: [`text must be 1 to ${MAX_CHARS} characters`] },
      ]);
    }
    if (await this.isBanned(sessionId, principal.userId)) throw new DomainError('CHAT_BANNED', 'You are muted in this chat');
    if (!this.limiter.take(`${sessionId}:${principal.userId}`)) {
      throw new DomainError('RATE_LIMITED', 'You are sending messages too fast; wait a few seconds');
    }
    const saved = await this.messages.save(
      this.messages.create({ sessionId, userId: principal.userId, displayName: principal.displayName, text, deletedAt: null, deletedBy: null }),
    );
    const view = toChatView(saved);
    this.entry.forget(sessionId);
    this.hub.toRoom(sessionId, 'chat.message', view);
    return view;
  }

  async remove(principal: Principal | null, sessionId: string, messageId: string): Promise<void> {
    await this.sessions.getForStaff(principal, sessionId);
    const result = await this.messages.update({ id: messageId, sessionId, deletedAt: IsNull() }, { deletedAt: new Date(), deletedBy: principal!.userId });
    if (!result.affected) throw DomainError.notFound('NOT_FOUND', 'Message', messageId);
    this.entry.forget(sessionId);
    this.hub.toRoom(sessionId, 'chat.deleted', { messageId });
  }

  async ban(principal: Principal | null, sessionId: string, userId: string): Promise<void> {
    await this.sessions.getForStaff(principal, sessionId);
    if (userId === principal!.userId) throw new DomainError('BAD_REQUEST', 'You cannot mute yourself');
    try {
      await this.bans.save(this.bans.create({ sessionId, userId, bannedBy: principal!.userId }));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    this.entry.forget(sessionId);
    this.hub.toRoom(sessionId, 'chat.banned', { userId });
  }

  /** Session, pinned product, recent chat and mutes of a room, read once for a crowd of joiners. */
  entryState(sessionId: string): Promise<RoomEntryState> {
    return this.entry.get(sessionId);
  }

  /** The session row changed elsewhere (went live, ended): the next joiner reads it again. */
  forgetEntryState(sessionId: string): void {
    this.entry.forget(sessionId);
  }

  private async loadEntryState(sessionId: string): Promise<RoomEntryState> {
    const session = await this.sessions.get(sessionId);
    const [pinned, recentChat, bans] = await Promise.all([
      this.pinnedView(session),
      this.recent(sessionId),
      this.bans.find({ where: { sessionId }, select: { userId: true } }),
    ]);
    return { session, pinned, recentChat, bannedUserIds: new Set(bans.map((b) => b.userId)) };
  }

  isBanned(sessionId: string, userId: string): Promise<boolean> {
    return this.bans.exists({ where: { sessionId, userId } });
  }

  async recent(sessionId: string): Promise<ChatMessageView[]> {
    const rows = await this.messages.find({ where: { sessionId, deletedAt: IsNull() }, order: { createdAt: 'DESC' }, take: RECENT });
    return rows.reverse().map(toChatView);
  }

  /** Likes are counted in memory and written as one UPDATE per room every two seconds. */
  async like(sessionId: string, count: number): Promise<number> {
    if (!this.likeTotals.has(sessionId)) this.likeTotals.set(sessionId, (await this.sessions.get(sessionId)).likeCount);
    this.pendingLikes.set(sessionId, (this.pendingLikes.get(sessionId) ?? 0) + count);
    const total = this.likeTotals.get(sessionId)! + count;
    this.likeTotals.set(sessionId, total);
    return total;
  }

  async flushLikes(sessionId: string): Promise<void> {
    const n = this.pendingLikes.get(sessionId);
    if (!n) return;
    this.pendingLikes.delete(sessionId);
    await this.sessions.addLikes(sessionId, n);
    this.hub.toRoom(sessionId, 'likes.count', { likeCount: this.likeTotals.get(sessionId) ?? 0 });
  }

  async pin(principal: Principal | null, sessionId: string, productId: string | null): Promise<PinnedProductView | null> {
    const session = await this.sessions.getForStaff(principal, sessionId);
    if (session.status === 'ended') throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    if (productId) {
      const product = await this.catalog.find(productId);
      if (!product || product.enterpriseId !== session.enterpriseId) {
        throw DomainError.notFound('PRODUCT_NOT_FOUND', "Product in this booth's catalog", productId);
      }
    }
    await this.sessions.setPinned(sessionId, productId);
    this.entry.forget(sessionId);
    const pinned = await this.pinnedView(await this.sessions.get(sessionId));
    this.hub.toRoom(sessionId, 'pin.changed', { pinned });
    return pinned;
  }

  async pinnedView(session: LiveSession): Promise<PinnedProductView | null> {
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

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flushAllLikes();
  }

  private async flushAllLikes(): Promise<void> {
    for (const id of [...this.pendingLikes.keys()]) await this.flushLikes(id).catch(() => undefined);
  }
}
