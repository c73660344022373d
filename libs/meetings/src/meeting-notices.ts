import type { NotifyUserPayload } from '@livefair/accounts';
import type { Meeting } from './entities/meeting.entity';

/** Inbox times: Beijing time, with the zone said (the meeting page shows each user's own zone). */
export function beijingTime(iso: string | Date): string {
  const d = new Date(typeof iso === 'string' ? Date.parse(iso) : iso.getTime());
  const t = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}（北京时间 UTC+8）`;
}

type Step = 'proposed' | 'accepted' | 'declined' | 'cancelled';

/** The inbox lines (Chinese first, as the inbox is) of a meeting step, for everyone involved but its actor. */
export function meetingNotices(m: Meeting, step: Step, staffIds: readonly string[], actorId: string): NotifyUserPayload[] {
  const kind = `meeting.${step}`;
  const when = m.acceptedStartsAt ? beijingTime(m.acceptedStartsAt) : beijingTime(m.slots[0].startsAt);
  const toStaff = (title: string, body: string) =>
    staffIds.filter((id) => id !== actorId).map((userId) => ({ userId, kind, title, body }));
  const toBuyer = (title: string, body: string) => (m.buyerId === actorId ? [] : [{ userId: m.buyerId, kind, title, body }]);
  switch (step) {
    case 'proposed':
      return toStaff(
        `新的视频洽谈预约：${m.buyerName}`,
        `主题「${m.topic}」，可选 ${m.slots.length} 个时段，最早 ${when}。请在「我的洽谈」中接受或婉拒。`,
      );
    case 'accepted':
      return [
        ...toBuyer(
          `${m.enterpriseName} 已接受视频洽谈`,
          `主题「${m.topic}」，时间 ${when}。洽谈室在开始前几分钟开放，请从「我的洽谈」进入。`,
        ),
        ...toStaff(`已安排视频洽谈：${m.buyerName}`, `主题「${m.topic}」，时间 ${when}。`),
      ];
    case 'declined':
      return toBuyer(`${m.enterpriseName} 婉拒了视频洽谈`, `主题「${m.topic}」。原因：${m.declineReason ?? ''}`);
    case 'cancelled': {
      const who = m.cancelledBy === 'buyer' ? m.buyerName : m.enterpriseName;
      const why = m.cancelReason ? `原因：${m.cancelReason}` : '';
      return [
        ...toBuyer(`视频洽谈已取消：${m.topic}`, `${who} 取消了 ${when} 的洽谈。${why}`),
        ...toStaff(`视频洽谈已取消：${m.topic}`, `${who} 取消了 ${when} 的洽谈。${why}`),
      ];
    }
  }
}
