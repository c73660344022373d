import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, DomainError, isUniqueViolation, Principal } from '@livefair/core';
import { CHAT_MAX_CHARS, chatTextLength, type ChatMessageView } from '@livefair/protocol';
import { IsNull, Repository } from 'typeorm';
import { ChatBan } from '../entities/chat-ban.entity';
import { ChatMessage } from '../entities/chat-message.entity';
import { RoomHub } from '../gateway/room-hub';
import { LiveSessionService } from '../sessions/live-session.service';
import { toChatView } from '../sessions/views';
import { TokenBuckets } from '../gateway/token-buckets';
import { RoomEntryState } from './room-entry-state';

/** Chat messages of a room and their moderation (delete, mute). */
@Injectable()
export class ChatService {
  /** CHAT_MAX_PER_10S per user per room: that many at once, then one every 10 s / CHAT_MAX_PER_10S. */
  private readonly limiter: TokenBuckets;

  constructor(
    @InjectRepository(ChatMessage) private readonly messages: Repository<ChatMessage>,
    @InjectRepository(ChatBan) private readonly bans: Repository<ChatBan>,
    private readonly sessions: LiveSessionService,
    private readonly entry: RoomEntryState,
    private readonly hub: RoomHub,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new TokenBuckets({ perSecond: config.live.chatMaxPer10s / 10, burst: config.live.chatMaxPer10s });
  }

  async send(principal: Principal, sessionId: string, raw: string): Promise<ChatMessageView> {
    const text = raw.trim();
    if (chatTextLength(text) === 0 || chatTextLength(text) > CHAT_MAX_CHARS) {
      throw new DomainError('VALIDATION_FAILED', `A message is 1 to ${CHAT_MAX_CHARS} characters`, [
        { field: 'text', problems: [`text must be 1 to ${CHAT_MAX_CHARS} characters`] },
      ]);
    }
    await this.entry.requireOpen(sessionId);
    if (await this.isBanned(sessionId, principal.userId)) throw new DomainError('CHAT_BANNED', 'You are muted in this chat');
    if (!this.limiter.take(`${sessionId}:${principal.userId}`)) {
      throw new DomainError('RATE_LIMITED', 'You are sending messages too fast; wait a few seconds');
    }
    const saved = await this.messages.save(
      this.messages.create({
        sessionId,
        userId: principal.userId,
        displayName: principal.displayName,
        text,
        deletedAt: null,
        deletedBy: null,
      }),
    );
    const view = toChatView(saved);
    this.entry.forget(sessionId);
    this.hub.toRoom(sessionId, 'chat.message', view);
    return view;
  }

  async remove(principal: Principal | null, sessionId: string, messageId: string): Promise<void> {
    await this.sessions.getForStaff(principal, sessionId);
    const result = await this.messages.update(
      { id: messageId, sessionId, deletedAt: IsNull() },
      { deletedAt: new Date(), deletedBy: principal!.userId },
    );
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

  isBanned(sessionId: string, userId: string): Promise<boolean> {
    return this.bans.exists({ where: { sessionId, userId } });
  }
}
