import { ArrowLeftOutlined } from '@ant-design/icons';
import type { OrderDetailView } from '@livefair/protocol';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PageLoading } from '../components/PageLoading';
import { useApi } from '../hooks/useApi';
import { BuyerOrderActions } from '../orders/BuyerOrderActions';
import { OrderDetail } from '../orders/OrderDetail';
import '../orders/orders.css';

/** /my/orders/:id: one of the buyer's orders with its progress, payment instructions and the buyer's steps. */
export default function MyOrderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => endpoints.order(id, signal), `order:${id}`);
  const [order, setOrder] = useState<OrderDetailView | undefined>(undefined);
  useEffect(() => setOrder(data), [data]);

  return (
    <div className="lf-container">
      <Link to="/my/orders" className="lf-back-link">
        <Button type="link" icon={<ArrowLeftOutlined />} className="lf-back">
          {t('orders.detail.back')}
        </Button>
      </Link>
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !order ? <PageLoading /> : null}
      {order ? (
        <OrderDetail order={order} side="buyer" actions={<BuyerOrderActions order={order} onChange={setOrder} />} />
      ) : null}
    </div>
  );
}
