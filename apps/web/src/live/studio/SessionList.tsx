import type { LiveSessionView } from '@livefair/protocol';
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { SessionTitle } from '../components/SessionStatusTag';
import { formatStartTime } from '../format';

/** A booth's sessions, newest first; ended ones stay listed for their numbers. */
export function SessionList({ sessions, onOpen }: { sessions: LiveSessionView[]; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  if (sessions.length === 0) return <Empty description={t('live.studio.noSessions')} />;
  return (
    <ul className="lf-session-list">
      {sessions.map((s) => (
        <li key={s.id} className="lf-session-item" data-testid="session-item" data-session-id={s.id}>
          <div className="lf-session-text">
            <SessionTitle session={s} />
            <div className="lf-session-meta">
              {s.status === 'ended'
                ? t('live.studio.endedStats', { likes: s.likeCount, peak: s.peakViewers })
                : s.status === 'live' && s.startedAt
                  ? t('live.startedAt', { time: formatStartTime(s.startedAt, i18n.language) })
                  : s.scheduledAt
                    ? t('live.scheduledAt', { time: formatStartTime(s.scheduledAt, i18n.language) })
                    : t('live.notScheduled')}
            </div>
          </div>
          <div className="lf-session-actions">
            <Link to={`/watch/${s.id}`} target="_blank">
              {t('live.studio.watchLink')}
            </Link>
            {s.status !== 'ended' ? (
              <Button type="primary" onClick={() => onOpen(s.id)} data-testid="open-session">
                {t('live.studio.open')}
              </Button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
