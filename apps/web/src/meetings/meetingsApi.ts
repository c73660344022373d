import type { MeetingStatus, MeetingView } from '@livefair/protocol';

import { api } from '../api/client';

const id = (value: string) => encodeURIComponent(value);

export interface ProposeMeetingBody {
  enterpriseId: string;
  topic: string;
  message?: string;
  slots: { startsAt: string; endsAt: string }[];
  demandId?: string;
  context?: string;
}

/** Typed calls for the meetings endpoints (docs/meetings.md). */
export const meetingsApi = {
  propose: (body: ProposeMeetingBody) => api.post<MeetingView>('/meetings', body),
  mine: (status?: MeetingStatus, signal?: AbortSignal) =>
    api.get<MeetingView[]>(`/my/meetings${status ? `?status=${status}` : ''}`, signal),
  one: (meetingId: string, signal?: AbortSignal) => api.get<MeetingView>(`/meetings/${id(meetingId)}`, signal),
  accept: (meetingId: string, slotIndex: number) => api.post<MeetingView>(`/meetings/${id(meetingId)}/accept`, { slotIndex }),
  decline: (meetingId: string, reason: string) => api.post<MeetingView>(`/meetings/${id(meetingId)}/decline`, { reason }),
  cancel: (meetingId: string, reason?: string) =>
    api.post<MeetingView>(`/meetings/${id(meetingId)}/cancel`, reason ? { reason } : {}),
};
