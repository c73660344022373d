import { DownloadOutlined } from '@ant-design/icons';
import type { OrderDetailView } from '@livefair/protocol';
import { Button, Empty, Pagination, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { useApi } from '../hooks/useApi';
import { useShowApiError } from '../hooks/useShowApiError';
import { CancelOrderModal } from '../orders/CancelOrderModal';
import { PaymentAccountBar } from '../orders/seller/PaymentAccountBar';
import { filterQuery, NO_FILTERS, SalesFilters, type SalesFilterValues } from '../orders/seller/SalesFilters';
import type { SellerDialog } from '../orders/seller/SellerOrderActions';
import { SellerOrderDrawer } from '../orders/seller/SellerOrderDrawer';
import { SellerOrderTable } from '../orders/seller/SellerOrderTable';
import { MarkPaidModal, ShipModal } from '../orders/seller/SellerStepModals';
import '../orders/orders.css';

const PAGE_SIZE = 20;

/**
 * /my/sales: the enterprise's orders for its staff: filter, search, confirm, take payment, ship,
 * cancel, export. `?order=<id>` (an inbox line's link) opens that order's drawer.
 */
export default function MySalesPage() {
  const { t, i18n } = useTranslation();
  const showError = useShowApiError();
  const [filters, setFilters] = useState<SalesFilterValues>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [params, setParams] = useSearchParams();
  const linked = params.get('order');
  const [openId, setOpenId] = useState<string | null>(linked);
  useEffect(() => {
    if (linked) setOpenId(linked);
  }, [linked]);
  const closeDrawer = () => {
    setOpenId(null);
    if (linked) setParams({}, { replace: true });
  };
  const [dialog, setDialog] = useState<SellerDialog | null>(null);
  const [version, setVersion] = useState(0);
  const [exporting, setExporting] = useState(false);
  const query = filterQuery(filters, { page: String(page), pageSize: String(PAGE_SIZE) });
  const { data, error, loading, reload } = useApi(
    (signal) => endpoints.sellerOrders(query, signal),
    `seller-orders:${query}:${version}`,
  );

  const changed = (_o?: OrderDetailView) => {
    setDialog(null);
    setVersion((v) => v + 1);
  };
  const filter = (f: SalesFilterValues) => {
    setFilters(f);
    setPage(1);
  };
  const exportCsv = async () => {
    setExporting(true);
    try {
      await endpoints.sellerOrdersCsv(filterQuery(filters, { lang: i18n.language === 'en' ? 'en' : 'zh-CN' }));
    } catch (err) {
      showError(err);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="lf-container">
      <PageTitle title={t('orders.sales.title')} subtitle={t('orders.sales.subtitle')} />
      <PaymentAccountBar />
      <SalesFilters value={filters} onChange={filter} />
      <div className="lf-sales-toolbar">
        <Typography.Text type="secondary" data-testid="sales-count">
          {data ? t('orders.sales.count', { count: data.total }) : ''}
        </Typography.Text>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportCsv()} data-testid="sales-export">
          {exporting ? t('orders.sales.exporting') : t('orders.sales.export')}
        </Button>
      </div>
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data && data.items.length === 0 ? <Empty description={t('orders.sales.empty')} /> : null}
      {data && data.items.length > 0 ? (
        <>
          <SellerOrderTable
            items={data.items}
            loading={loading}
            onOpen={(o) => setOpenId(o.id)}
            onDialog={setDialog}
            onChanged={changed}
          />
          {data.total > PAGE_SIZE ? (
            <Pagination
              align="center"
              className="lf-pagination"
              current={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              showSizeChanger={false}
              onChange={setPage}
            />
          ) : null}
        </>
      ) : null}
      <SellerOrderDrawer orderId={openId} version={version} onClose={closeDrawer} onDialog={setDialog} onChanged={changed} />
      <MarkPaidModal order={dialog?.kind === 'pay' ? dialog.order : null} onClose={() => setDialog(null)} onDone={changed} />
      <ShipModal order={dialog?.kind === 'ship' ? dialog.order : null} onClose={() => setDialog(null)} onDone={changed} />
      <CancelOrderModal
        order={dialog?.kind === 'cancel' ? dialog.order : null}
        onClose={() => setDialog(null)}
        onDone={changed}
      />
    </div>
  );
}
