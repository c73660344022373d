import type { ProductView } from '@livefair/protocol';
import { Breadcrumb, Empty, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { boothsApi } from '../booths/boothsApi';
import { BoothCredentials, BoothIntro } from '../booths/components/BoothAbout';
import { BoothHero } from '../booths/components/BoothHero';
import { BoothLivePlayer } from '../booths/components/BoothLivePlayer';
import '../booths/booths.css';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { EnterpriseInfo } from '../components/EnterpriseInfo';
import { PageLoading } from '../components/PageLoading';
import { ProductCard } from '../components/ProductCard';
import { useApi } from '../hooks/useApi';
import { useBoothVisit } from '../analytics/useBoothVisit';
import { BoothLiveSessions } from '../live/components/BoothLiveSessions';
import '../catalog/catalog.css';
import { liveApi } from '../live/liveApi';
import '../live/live.css';
import { RequestQuoteButton } from '../quotes/RequestQuoteButton';
import { OrderDrawer } from '../orders/OrderDrawer';
import { InquiryButton } from '../leads/InquiryButton';
import { BookMeetingButton } from '../meetings/BookMeetingButton';

/** /booths/:id — the booth: profile, live player while live, schedule, featured and all products. */
export default function BoothPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: booth, error, loading, reload } = useApi((signal) => endpoints.booth(id, signal), `booth:${id}`);
  const { data: profile } = useApi((signal) => boothsApi.profile(id, signal), `booth-profile:${id}`);
  const enterpriseId = booth?.enterprise.id ?? null;
  const { data: enterprise } = useApi(
    (signal) => boothsApi.enterpriseProfile(enterpriseId ?? '', signal),
    enterpriseId ? `enterprise-profile:${enterpriseId}` : null,
  );
  const { data: sessions } = useApi((signal) => liveApi.boothSessions(id, signal), `live-sessions:${id}`);
  const visit = useBoothVisit(id);
  const [ordering, setOrdering] = useState<ProductView | null>(null);
  const liveId = (sessions ?? []).find((s) => s.status === 'live')?.id ?? null;
  // The inline player plays while the booth is live: that is live watching for the analytics (docs/analytics.md).
  useEffect(() => visit.watching(liveId), [visit, liveId]);

  if (error) {
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  }
  if (loading || !booth) return <PageLoading />;

  const live = (sessions ?? []).find((s) => s.status === 'live');
  const showcase = profile?.showcase ?? [];
  const featured = new Set(showcase.map((p) => p.id));
  const others = booth.products.filter((p) => !featured.has(p.id));
  const card = (product: ProductView) => (
    <ProductCard
      key={product.id}
      product={product}
      onOrder={(p) => {
        visit.productViewed(p.id);
        setOrdering(p);
      }}
      actions={<RequestQuoteButton product={product} boothId={booth.id} enterpriseName={booth.enterprise.name} />}
    />
  );

  return (
    <div className="lf-container">
      <Breadcrumb
        className="lf-breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.expos')}</Link> },
          { title: <Link to={`/expos/${booth.expoId}`}>{booth.expoName}</Link> },
          { title: <Link to={`/expos/${booth.expoId}?hall=${encodeURIComponent(booth.hallId)}`}>{booth.hallName}</Link> },
          { title: booth.code },
        ]}
      />
      <BoothHero booth={booth} profile={profile} />
      <InquiryButton boothId={booth.id} />
      <BookMeetingButton enterpriseId={booth.enterprise.id} enterpriseName={booth.enterprise.name} />
      <div className="lf-booth-layout">
        <div className="lf-booth-main">
          {live ? <BoothLivePlayer session={live} /> : null}
          {profile ? <BoothIntro profile={profile} enterprise={enterprise} /> : null}
        </div>
        <aside className="lf-booth-side">
          <BoothLiveSessions boothId={booth.id} />
          {profile ? <BoothCredentials profile={profile} enterprise={enterprise} /> : null}
        </aside>
      </div>
      {showcase.length ? (
        <section data-testid="booth-showcase">
          <Typography.Title level={3} className="lf-section-title">
            {t('booths.showcase')}
          </Typography.Title>
          <div className="lf-product-list">{showcase.map(card)}</div>
        </section>
      ) : null}
      <section data-testid="booth-products">
        <Typography.Title level={3} className="lf-section-title">
          {showcase.length ? t('booths.allProducts') : t('booth.products')}
        </Typography.Title>
        {booth.products.length === 0 ? (
          <Empty description={t('booth.noProducts')} />
        ) : others.length ? (
          <div className="lf-product-list">{others.map(card)}</div>
        ) : null}
      </section>
      <EnterpriseInfo booth={booth} />
      <OrderDrawer
        open={ordering !== null}
        onClose={() => setOrdering(null)}
        product={ordering ?? undefined}
        boothId={booth.id}
      />
    </div>
  );
}
