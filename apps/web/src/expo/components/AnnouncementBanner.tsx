import { NotificationOutlined } from '@ant-design/icons';
import { Alert, Collapse } from 'antd';
import { useTranslation } from 'react-i18next';

import { useApi } from '../../hooks/useApi';
import { formatDateTime } from '../../utils/dates';
import { expoApi } from '../expoApi';

/** The expo's latest announcement for every visitor, and the earlier ones folded below it. */
export function AnnouncementBanner({ expoId }: { expoId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useApi((s) => expoApi.publicAnnouncements(expoId, s), `public-announcements:${expoId}`);
  if (!data?.length) return null;
  const title = (a: (typeof data)[number]) => (i18n.language === 'en' && a.titleEn ? a.titleEn : a.title);
  const body = (a: (typeof data)[number]) => (i18n.language === 'en' && a.bodyEn ? a.bodyEn : a.body);
  const [latest, ...older] = data;
  return (
    <div className="lf-expo-notice" data-testid="expo-announcements">
      <Alert
        type="info"
        showIcon
        icon={<NotificationOutlined />}
        title={title(latest)}
        description={
          <>
            {body(latest) ? <div>{body(latest)}</div> : null}
            <span className="lf-muted">{formatDateTime(latest.publishedAt, i18n.language)}</span>
          </>
        }
      />
      {older.length ? (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'older',
              label: t('expoConsole.announcements.more', { count: data.length }),
              children: older.map((a) => (
                <p key={a.id}>
                  <strong>{title(a)}</strong> <span className="lf-muted">{formatDateTime(a.publishedAt, i18n.language)}</span>
                  {body(a) ? <br /> : null}
                  {body(a)}
                </p>
              )),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
