import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '../../components/PageTitle';

/** What the tracker records, in plain words (linked from the notice every visitor sees). */
export default function AnalyticsNoticePage() {
  const { t } = useTranslation();
  const items = t('analytics.privacy.items', { returnObjects: true }) as string[];
  return (
    <div className="lf-container">
      <PageTitle title={t('analytics.privacy.title')} />
      <Typography.Paragraph>{t('analytics.privacy.intro')}</Typography.Paragraph>
      <ul>
        {items.map((i) => (
          <li key={i}>
            <Typography.Text>{i}</Typography.Text>
          </li>
        ))}
      </ul>
      <Typography.Paragraph>{t('analytics.privacy.who')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('analytics.privacy.clear')}</Typography.Paragraph>
    </div>
  );
}
