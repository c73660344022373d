import type { OrderTickerEvent } from '@livefair/protocol';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../../utils/money';

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** 订单动态: orders placed during the stream, newest first (fed by `orders.ticker`). */
export function OrderTicker({ orders }: { orders: OrderTickerEvent[] }) {
  const { t } = useTranslation();
  if (orders.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.studio.noOrders')} />;
  return (
    <ul className="lf-ticker" data-testid="order-ticker">
      {orders.map((o) => (
        <li key={o.orderId} className="lf-ticker-item">
          <span className="lf-ticker-time">{time(o.at)}</span>
          <span className="lf-ticker-text">
            {t('live.studio.orderLine', { buyer: o.buyerName, product: o.productName, qty: o.quantity.toLocaleString('zh-CN') })}
          </span>
          <span className="lf-price">{formatFen(o.amountFen)}</span>
        </li>
      ))}
    </ul>
  );
}
