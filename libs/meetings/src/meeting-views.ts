import type { MeetingView } from '@livefair/protocol';
import type { Meeting } from './entities/meeting.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toMeetingView(m: Meeting): MeetingView {
  return {
    id: m.id,
    status: m.status,
    buyerId: m.buyerId,
    buyerName: m.buyerName,
    enterpriseId: m.enterpriseId,
    enterpriseName: m.enterpriseName,
    topic: m.topic,
    message: m.message,
    demandId: m.demandId,
    context: m.context,
    slots: m.slots,
    accepted:
      m.acceptedStartsAt && m.acceptedEndsAt
        ? { startsAt: m.acceptedStartsAt.toISOString(), endsAt: m.acceptedEndsAt.toISOString() }
        : null,
    acceptedBy: m.acceptedBy,
    participantIds: m.participantIds ?? [],
    declineReason: m.declineReason,
    cancelledBy: m.cancelledBy,
    cancelReason: m.cancelReason,
    room:
      m.roomSessionId && m.roomOpensAt && m.roomClosesAt && m.status === 'accepted'
        ? { sessionId: m.roomSessionId, opensAt: m.roomOpensAt.toISOString(), closesAt: m.roomClosesAt.toISOString() }
        : null,
    createdAt: m.createdAt.toISOString(),
    updatedAt: iso(m.updatedAt)!,
  };
}
