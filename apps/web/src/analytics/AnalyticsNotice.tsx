import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import './analytics.css';
import { tracker } from './tracker';

const SEEN_KEY = 'livefair.analyticsNoticeSeen';

const seen = () => {
  try {
    return localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
};

/** Tells visitors what is recorded once a page records something, until they acknowledge it; the link explains more. */
export function AnalyticsNotice() {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(seen);
  const [recording, setRecording] = useState(tracker.started);
  useEffect(() => (recording ? undefined : tracker.onStart(() => setRecording(true))), [recording]);
  if (hidden || !recording) return null;
  return (
    <div className="lf-analytics-notice" role="note" data-testid="analytics-notice">
      <span>{t('analytics.notice.text')}</span> <Link to="/analytics-notice">{t('analytics.notice.more')}</Link>
      <Button
        size="small"
        type="primary"
        onClick={() => {
          try {
            localStorage.setItem(SEEN_KEY, '1');
          } catch {
            // Storage off: hidden for this page view only.
          }
          setHidden(true);
        }}
      >
        {t('analytics.notice.ok')}
      </Button>
    </div>
  );
}
