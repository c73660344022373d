import type { Principal } from '@livefair/core';
import type { LiveSession } from '../entities/live-session.entity';
import { admitToMeeting, assertMeetingRoomHasPlace } from './meeting-admission';

const now = Date.parse('2026-12-01T10:00:00Z');
const room = {
  kind: 'meeting',
  participantIds: ['buyer-1', 'staff-1'],
  opensAt: new Date(now - 60_000),
  closesAt: new Date(now + 60_000),
} as LiveSession;
const who = (userId: string) => ({ userId }) as Principal;
const code = (f: () => void) => {
  try {
    f();
    return 'admitted';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('meeting room admission', () => {
  it('admits the participants while the room is open, and no one else', () => {
    expect(code(() => admitToMeeting(who('buyer-1'), room, now))).toBe('admitted');
    expect(code(() => admitToMeeting(who('staff-1'), room, now))).toBe('admitted');
    expect(code(() => admitToMeeting(who('buyer-2'), room, now))).toBe('MEETING_NOT_PARTICIPANT');
    expect(code(() => admitToMeeting(null, room, now))).toBe('AUTH_REQUIRED');
  });

  it('refuses before it opens and from when it closes', () => {
    expect(code(() => admitToMeeting(who('buyer-1'), room, now - 120_000))).toBe('MEETING_ROOM_NOT_OPEN');
    expect(code(() => admitToMeeting(who('buyer-1'), room, now + 60_000))).toBe('MEETING_ROOM_CLOSED');
  });

  it('holds four devices', () => {
    expect(code(() => assertMeetingRoomHasPlace(3))).toBe('admitted');
    expect(code(() => assertMeetingRoomHasPlace(4))).toBe('MEETING_ROOM_FULL');
  });
});
