import { Button, Empty, Pagination, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { useApi } from '../hooks/useApi';
import { OrderCard } from '../orders/OrderCard';
import '../orders/orders.css';

/** Tabs: the statuses a buyer follows; "closed" groups cancelled and expired. */
const TABS = ['all', 'placed', 'confirmed', 'paid', 'shipped', 'completed', 'cancelled,expired'] as const;
const PAGE_SIZE = 10;

/** /my/orders: the buyer's orders, newest first, by status. */
export default function MyOrdersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((k) => k === params.get('status')) ?? 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = new URLSearchParams({
    page: String(page),
    pageSize: String(PAGE_SIZE),
    ...(tab === 'all' ? {} : { status: tab }),
  }).toString();
  const { data, error, loading, reload } = useApi((signal) => endpoints.myOrders(query, signal), `my-orders:${query}`);

  const label = (k: (typeof TABS)[number]) =>
    k === 'all' ? t('orders.mine.all') : k === 'cancelled,expired' ? t('orders.status.cancelled') : t(`orders.status.${k}`);

  return (
    <div className="lf-container">
      <PageTitle title={t('orders.mine.title')} subtitle={t('orders.mine.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'all' ? {} : { status: k })}
        items={TABS.map((k) => ({ key: k, label: label(k) }))}
      />
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data && data.items.length === 0 ? (
        <Empty description={t('orders.mine.empty')}>
          <Link to="/">
            <Button type="primary">{t('orders.mine.browse')}</Button>
          </Link>
        </Empty>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <Typography.Paragraph type="secondary">{t('orders.mine.count', { count: data.total })}</Typography.Paragraph>
          {data.items.map((o) => (
            <OrderCard key={o.id} order={o} onOpen={() => navigate(`/my/orders/${o.id}`)} />
          ))}
          {data.total > PAGE_SIZE ? (
            <Pagination
              align="center"
              current={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              showSizeChanger={false}
              onChange={(p) => setParams({ ...(tab === 'all' ? {} : { status: tab }), page: String(p) })}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
