import type { LiveSessionStatus, LiveSessionView } from '@livefair/protocol';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function SessionStatusTag({ status }: { status: LiveSessionStatus }) {
  const { t } = useTranslation();
  if (status === 'live') {
    return (
      <Tag className="lf-live-tag" color="#e8112d" variant="solid">
        <span className="lf-live-dot" aria-hidden />
        {t('live.status.live')}
      </Tag>
    );
  }
  return (
    <Tag color={status === 'scheduled' ? 'orange' : 'default'} variant="filled">
      {t(`live.status.${status}`)}
    </Tag>
  );
}

/** A session's status tag and title, as lists of sessions show them. */
export function SessionTitle({ session }: { session: Pick<LiveSessionView, 'status' | 'title'> }) {
  return (
    <div className="lf-session-title">
      <SessionStatusTag status={session.status} />
      <span>{session.title}</span>
    </div>
  );
}
