import type { OrderStatus, OrderType } from '@livefair/protocol';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<OrderStatus, string> = {
  placed: 'gold',
  confirmed: 'orange',
  paid: 'blue',
  shipped: 'cyan',
  completed: 'green',
  cancelled: 'default',
  expired: 'default',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} variant="filled" data-testid="order-status" data-status={status}>
      {t(`orders.status.${status}`)}
    </Tag>
  );
}

export function OrderTypeTag({ type }: { type: OrderType }) {
  const { t } = useTranslation();
  return <Tag variant="outlined">{t(`orders.type.${type}`)}</Tag>;
}
