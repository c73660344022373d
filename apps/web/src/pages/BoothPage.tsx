import type { ProductView } from '@livefair/protocol';
import { Breadcrumb, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { EnterpriseInfo } from '../components/EnterpriseInfo';
import { LiveStatusTag } from '../components/LiveStatusTag';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { ProductCard } from '../components/ProductCard';
import { useApi } from '../hooks/useApi';
import { BoothLiveSessions } from '../live/components/BoothLiveSessions';
import '../catalog/catalog.css';
import '../live/live.css';
import { RequestQuoteButton } from '../quotes/RequestQuoteButton';
import { OrderDrawer } from '../orders/OrderDrawer';
import { InquiryButton } from '../leads/InquiryButton';
import { BookMeetingButton } from '../meetings/BookMeetingButton';

export default function BoothPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: booth, error, loading, reload } = useApi((signal) => endpoints.booth(id, signal), `booth:${id}`);
  const [ordering, setOrdering] = useState<ProductView | null>(null);

  if (error) {
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  }
  if (loading || !booth) return <PageLoading />;

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
      <PageTitle
        title={
          <Space wrap size={[8, 4]}>
            <span>{booth.enterprise.name}</span>
            <LiveStatusTag status={booth.liveStatus} />
          </Space>
        }
        subtitle={booth.headline}
        extra={
          <Space wrap size={[8, 4]}>
            <Tag variant="filled">
              {t('booth.code')} {booth.code}
            </Tag>
            <Typography.Text type="secondary">{t('booth.products', { count: booth.products.length })}</Typography.Text>
          </Space>
        }
      />
      <InquiryButton boothId={booth.id} />
      <BookMeetingButton enterpriseId={booth.enterprise.id} enterpriseName={booth.enterprise.name} />
      <BoothLiveSessions boothId={booth.id} />
      <EnterpriseInfo booth={booth} />
      <Typography.Title level={3} className="lf-section-title">
        {t('booth.products')}
      </Typography.Title>
      {booth.products.length === 0 ? (
        <Empty description={t('booth.noProducts')} />
      ) : (
        <div className="lf-product-list">
          {booth.products.map((product) => (
            <ProductCard
              key={product.id}
              product={product}
              onOrder={setOrdering}
              actions={<RequestQuoteButton product={product} boothId={booth.id} enterpriseName={booth.enterprise.name} />}
            />
          ))}
        </div>
      )}
      <OrderDrawer
        open={ordering !== null}
        onClose={() => setOrdering(null)}
        product={ordering ?? undefined}
        boothId={booth.id}
      />
    </div>
  );
}
