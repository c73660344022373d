import type { BoothLiveStatus } from '@livefair/protocol';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Red "直播中" while a booth is live, "预告" when a session is scheduled, nothing when offline. */
export function LiveStatusTag({ status }: { status: BoothLiveStatus }) {
  const { t } = useTranslation();
  if (status === 'live') {
    return (
      <Tag className="lf-live-tag" color="#e8112d" variant="solid">
        <span className="lf-live-dot" aria-hidden />
        {t('booth.live')}
      </Tag>
    );
  }
  if (status === 'scheduled') {
    return (
      <Tag color="orange" variant="filled">
        {t('booth.scheduled')}
      </Tag>
    );
  }
  return null;
}
