/** Private video meetings between a buyer and an enterprise (docs/meetings.md). Times are UTC ISO-8601. */
export type MeetingStatus = 'proposed' | 'accepted' | 'declined' | 'cancelled';

export interface MeetingSlotView {
  startsAt: string;
  endsAt: string;
}

/** The private room of an accepted meeting: a live session of kind `meeting` (docs/live-protocol.md). */
export interface MeetingRoomView {
  sessionId: string;
  opensAt: string;
  closesAt: string;
}

export interface MeetingView {
  id: string;
  status: MeetingStatus;
  buyerId: string;
  buyerName: string;
  enterpriseId: string;
  enterpriseName: string;
  topic: string;
  message: string;
  /** Where the request came from (a matching suggestion): free strings, stored as given. */
  demandId: string | null;
  context: string | null;
  slots: MeetingSlotView[];
  /** The slot the enterprise accepted. */
  accepted: MeetingSlotView | null;
  acceptedBy: string | null;
  participantIds: string[];
  declineReason: string | null;
  cancelledBy: 'buyer' | 'enterprise' | null;
  cancelReason: string | null;
  room: MeetingRoomView | null;
  createdAt: string;
  updatedAt: string;
}
