import { DomainError, Principal } from '@livefair/core';
import type { LiveSession } from '../entities/live-session.entity';
import { MEETING_ROOM_MAX_PARTICIPANTS } from '../sessions/meeting-rooms';

/**
 * Who may enter a meeting room (a live session of kind `meeting`), checked at `room.join` before
 * anything else is done: a logged-in participant, while the room is open, with a free place.
 * Every participant may publish. Broadcasts never come here (one string compare on their path).
 */
export function admitToMeeting(principal: Principal | null, session: LiveSession, now = Date.now()): void {
  if (!principal) throw new DomainError('AUTH_REQUIRED', 'Log in to join this meeting');
  if (!session.participantIds?.includes(principal.userId)) {
    throw new DomainError('MEETING_NOT_PARTICIPANT', 'This is a private meeting room; only its participants may join');
  }
  if (session.opensAt && now < session.opensAt.getTime()) {
    throw new DomainError('MEETING_ROOM_NOT_OPEN', `The meeting room opens at ${session.opensAt.toISOString()}`);
  }
  if (session.closesAt && now >= session.closesAt.getTime()) {
    throw new DomainError('MEETING_ROOM_CLOSED', 'The meeting room has closed');
  }
}

/** Peers a meeting room holds at once (a participant on two devices counts twice). */
export function assertMeetingRoomHasPlace(peers: number): void {
  if (peers >= MEETING_ROOM_MAX_PARTICIPANTS) {
    throw new DomainError('MEETING_ROOM_FULL', `A meeting room holds at most ${MEETING_ROOM_MAX_PARTICIPANTS} devices`);
  }
}
