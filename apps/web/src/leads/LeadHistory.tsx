import type { LeadEventView } from '@livefair/protocol';
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatLocalTime } from './format';

/** The lead's status steps, oldest first. */
export function LeadHistory({ history }: { history: LeadEventView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Timeline
      items={history.map((h) => ({
        key: `${h.at}:${h.to}`,
        color: h.to === 'won' ? 'green' : h.to === 'lost' ? 'gray' : 'blue',
        content: (
          <div data-testid="lead-history-step">
            <div>{t('leads.lead.historyStep', { who: h.actorName, to: t(`leads.status.${h.to}`) })}</div>
            {h.reason ? <div className="lf-lead-note">{h.reason}</div> : null}
            <Typography.Text type="secondary">{formatLocalTime(h.at, i18n.language)}</Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
