import type { BoothDetail, BoothProfileView } from '@livefair/protocol';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { LiveStatusTag } from '../../components/LiveStatusTag';
import { useVocabulary } from '../useVocabulary';
import { FavouriteButton } from './FavouriteButton';

/** Banner, logo, name, badges, live status and the favourite button at the top of a booth page. */
export function BoothHero({ booth, profile }: { booth: BoothDetail; profile: BoothProfileView | undefined }) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  return (
    <div className="lf-booth-hero" data-testid="booth-hero">
      {profile?.banner ? (
        <div className="lf-booth-banner" style={{ backgroundImage: `url(${profile.banner.url})` }} role="img" aria-label="" />
      ) : (
        <div className="lf-booth-banner lf-booth-banner-empty" />
      )}
      <div className="lf-booth-hero-body">
        <div className="lf-booth-logo">
          {profile?.logo ? (
            <img src={profile.logo.url} alt={booth.enterprise.name} />
          ) : (
            <span>{booth.enterprise.name.slice(0, 2)}</span>
          )}
        </div>
        <div className="lf-booth-hero-text">
          <Typography.Title level={2} className="lf-booth-name">
            {booth.enterprise.name}
          </Typography.Title>
          {booth.headline ? <div className="lf-booth-headline">{booth.headline}</div> : null}
          <Space wrap size={[6, 6]} className="lf-booth-tags">
            <LiveStatusTag status={booth.liveStatus} />
            <Tag variant="filled">
              {t('booth.code')} {booth.code}
            </Tag>
            {(profile?.badges ?? []).map((b) => (
              <Tag key={b} color="gold" data-testid="booth-badge">
                {vocab.badge(b)}
              </Tag>
            ))}
          </Space>
        </div>
        <div className="lf-booth-hero-actions">
          <FavouriteButton boothId={booth.id} />
        </div>
      </div>
    </div>
  );
}
