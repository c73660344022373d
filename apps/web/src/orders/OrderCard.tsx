import type { OrderView } from '@livefair/protocol';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../utils/dates';
import { formatFen } from '../utils/money';
import { OrderStatusTag, OrderTypeTag } from './OrderStatusTag';

/** One order in the buyer's list (phone first: a card, not a table row). */
export function OrderCard({ order, onOpen }: { order: OrderView; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      className="lf-order-card"
      hoverable
      onClick={onOpen}
      data-testid="order-card"
      data-order-id={order.id}
      data-status={order.status}
    >
      <div className="lf-order-card-head">
        <Space size={[6, 4]} wrap>
          <OrderStatusTag status={order.status} />
          <OrderTypeTag type={order.type} />
        </Space>
        <span className="lf-order-no">{order.orderNo}</span>
      </div>
      <div className="lf-order-card-body">
        <div className="lf-order-card-product">
          <div className="lf-order-product-name">{order.productName}</div>
          <Typography.Text type="secondary">
            {Object.values(order.specs).join(' / ')} × {order.quantity.toLocaleString('zh-CN')} {order.unit}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary">{formatDateTime(order.createdAt, i18n.language)}</Typography.Text>
          </div>
        </div>
        <div className="lf-order-card-total">
          <div className="lf-price">{formatFen(order.totalFen)}</div>
          <Typography.Link>{t('orders.act.view')}</Typography.Link>
        </div>
      </div>
    </Card>
  );
}
