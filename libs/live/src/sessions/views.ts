import type { ChatMessageView, LiveSessionView } from '@livefair/protocol';
import { ChatMessage } from '../entities/chat-message.entity';
import { LiveSession } from '../entities/live-session.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSessionView(s: LiveSession): LiveSessionView {
  return {
    id: s.id,
    boothId: s.boothId,
    enterpriseId: s.enterpriseId,
    title: s.title,
    status: s.status,
    scheduledAt: iso(s.scheduledAt),
    startedAt: iso(s.startedAt),
    endedAt: iso(s.endedAt),
    allowAnonymous: s.allowAnonymous,
    likeCount: s.likeCount,
    peakViewers: s.peakViewers,
    kind: s.kind,
  };
}

export function toChatView(m: ChatMessage): ChatMessageView {
  return { id: m.id, userId: m.userId, displayName: m.displayName, text: m.text, createdAt: m.createdAt.toISOString() };
}
