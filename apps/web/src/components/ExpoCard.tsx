import type { ExpoSummary } from '@livefair/protocol';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { expoDescription, expoSubtitle, expoTitle } from '../expo/expoText';
import { ExpoFacts } from './ExpoFacts';
import { ExpoStatusTag } from './ExpoStatusTag';

/** An expo on the home page: its cover (when the organizer uploaded one), names in both languages, facts. */
export function ExpoCard({ expo }: { expo: ExpoSummary }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const subtitle = expoSubtitle(expo, lang);
  return (
    <Link to={`/expos/${expo.id}`} className="lf-card-link">
      <Card
        hoverable
        className="lf-expo-card"
        cover={
          expo.coverUrl ? <img className="lf-expo-card-cover" src={expo.coverUrl} alt="" data-testid="expo-cover" /> : undefined
        }
      >
        <div className="lf-card-head">
          <div className="lf-expo-names">
            <Typography.Title level={4} className="lf-card-title">
              {expoTitle(expo, lang)}
            </Typography.Title>
            {subtitle ? (
              <Typography.Text type="secondary" className="lf-expo-subtitle" data-testid="expo-subtitle">
                {subtitle}
              </Typography.Text>
            ) : null}
          </div>
          <ExpoStatusTag status={expo.status} />
        </div>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
          {expoDescription(expo, lang)}
        </Typography.Paragraph>
        <Space wrap size={[16, 4]} className="lf-card-meta">
          <ExpoFacts expo={expo} />
        </Space>
      </Card>
    </Link>
  );
}
