import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError } from '@livefair/core';
import type { ChatMessageView, PinnedProductView } from '@livefair/protocol';
import { IsNull, Repository } from 'typeorm';
import { ChatBan } from '../entities/chat-ban.entity';
import { ChatMessage } from '../entities/chat-message.entity';
import { LiveSession } from '../entities/live-session.entity';
import { SnapshotCache } from '../room/snapshot-cache';
import { LiveSessionService } from '../sessions/live-session.service';
import { toChatView } from '../sessions/views';
import { PinnedProductViews } from './pinned-product-views';

const RECENT = 50;
/** How long another live process's change may take to reach joiners here (local changes apply at once). */
const ENTRY_STATE_TTL_MS = 2000;

/** What a joining viewer is shown and checked against; shared by every join within the TTL. */
export interface RoomEntry {
  session: LiveSession;
  pinned: PinnedProductView | null;
  recentChat: ChatMessageView[];
  bannedUserIds: ReadonlySet<string>;
}

/**
 * Session, pinned product, recent chat and mutes of a room, read once for a crowd of joiners.
 * Whoever changes one of them here calls `forget`, so the next joiner reads it again.
 */
@Injectable()
export class RoomEntryState {
  private readonly cache = new SnapshotCache<RoomEntry>(ENTRY_STATE_TTL_MS, (id) => this.load(id));

  constructor(
    @InjectRepository(ChatMessage) private readonly messages: Repository<ChatMessage>,
    @InjectRepository(ChatBan) private readonly bans: Repository<ChatBan>,
    private readonly sessions: LiveSessionService,
    private readonly pinnedViews: PinnedProductViews,
  ) {}

  get(sessionId: string): Promise<RoomEntry> {
    return this.cache.get(sessionId);
  }

  /** The entry state of a session that has not ended (chat, likes and pins are refused after the end). */
  async requireOpen(sessionId: string): Promise<RoomEntry> {
    const entry = await this.cache.get(sessionId);
    if (entry.session.status === 'ended') throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    return entry;
  }

  /** Something in the entry state changed (chat, pin, mutes, the session row): the next joiner reads it again. */
  forget(sessionId: string): void {
    this.cache.forget(sessionId);
  }

  private async load(sessionId: string): Promise<RoomEntry> {
    const session = await this.sessions.get(sessionId);
    const [pinned, recentChat, bans] = await Promise.all([
      this.pinnedViews.of(session),
      this.recent(sessionId),
      this.bans.find({ where: { sessionId }, select: { userId: true } }),
    ]);
    return { session, pinned, recentChat, bannedUserIds: new Set(bans.map((b) => b.userId)) };
  }

  private async recent(sessionId: string): Promise<ChatMessageView[]> {
    const rows = await this.messages.find({
      where: { sessionId, deletedAt: IsNull() },
      order: { createdAt: 'DESC' },
      take: RECENT,
    });
    return rows.reverse().map(toChatView);
  }
}
