import type { LiveSessionStatus } from '@livefair/protocol';
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
