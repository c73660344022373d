import { PlayCircleFilled } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { useApi } from '../../hooks/useApi';
import { formatStartTime } from '../format';
import { liveApi } from '../liveApi';
import { SessionTitle } from './SessionStatusTag';

const MAX_SHOWN = 5;

/** The booth page's live section: live sessions first with a red watch button, then upcoming ones. */
export function BoothLiveSessions({ boothId }: { boothId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useApi((signal) => liveApi.boothSessions(boothId, signal), `live-sessions:${boothId}`);
  const sessions = (data ?? [])
    .filter((s) => s.status !== 'ended')
    .sort((a, b) =>
      a.status === b.status ? (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? '') : a.status === 'live' ? -1 : 1,
    )
    .slice(0, MAX_SHOWN);
  if (sessions.length === 0) return null;
  return (
    <Card size="small" title={t('live.sessionsTitle')} className="lf-booth-sessions">
      {sessions.map((s) => (
        <div key={s.id} className="lf-booth-session" data-testid="booth-session" data-session-id={s.id}>
          <div className="lf-session-text">
            <SessionTitle session={s} />
            {s.status === 'scheduled' ? (
              <div className="lf-session-meta">
                {s.scheduledAt
                  ? t('live.scheduledAt', { time: formatStartTime(s.scheduledAt, i18n.language) })
                  : t('live.notScheduled')}
              </div>
            ) : null}
          </div>
          <Link to={`/watch/${s.id}`}>
            <Button
              type={s.status === 'live' ? 'primary' : 'default'}
              danger={s.status === 'live'}
              icon={<PlayCircleFilled />}
              data-testid="watch-live"
            >
              {t('live.watchLive')}
            </Button>
          </Link>
        </div>
      ))}
    </Card>
  );
}
