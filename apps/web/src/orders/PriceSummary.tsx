import type { OrderTermsView, PricedOrder } from '@livefair/protocol';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../utils/money';

type BuyType = 'retail' | 'bulk' | 'sample';

/** The live price of the dialog's choice (the same `priceOrder` the server applies), or why it cannot be ordered. */
export function PriceSummary({
  terms,
  type,
  quantity,
  priced,
}: {
  terms: OrderTermsView;
  type: BuyType;
  quantity: number;
  priced: PricedOrder;
}) {
  const { t } = useTranslation();
  const unit = terms.unit;
  if (!priced.ok) {
    const text = {
      MOQ_NOT_MET: t('orders.order.moqNotMet', { moq: priced.limit, unit }),
      OUT_OF_STOCK: t('orders.order.outOfStock', { stock: priced.limit, unit }),
      SAMPLE_LIMIT_EXCEEDED: t('orders.order.sampleLimit', { max: priced.limit, unit }),
      SAMPLE_UNAVAILABLE: t('orders.order.sampleUnavailable'),
    }[priced.code];
    return <Alert type="warning" showIcon title={text} data-testid="price-problem" data-code={priced.code} />;
  }
  const next =
    type === 'bulk' ? [...terms.tiers].sort((a, b) => a.minQty - b.minQty).find((tier) => tier.minQty > quantity) : undefined;
  return (
    <div
      className="lf-order-price"
      data-testid="price-summary"
      data-total={priced.totalFen}
      data-unit-price={priced.unitPriceFen}
    >
      <div className="lf-order-price-row">
        <span>{t('orders.order.unitPrice')}</span>
        <span className="lf-price">
          {formatFen(priced.unitPriceFen)}
          <Typography.Text type="secondary"> / {unit}</Typography.Text>
        </span>
      </div>
      {priced.tierMinQty !== null ? (
        <div className="lf-order-price-hint">
          {t('orders.order.tierApplied', { qty: priced.tierMinQty.toLocaleString('zh-CN'), unit })}
        </div>
      ) : null}
      {next && next.unitPriceFen < priced.unitPriceFen ? (
        <div className="lf-order-price-hint">
          {t('orders.order.nextTier', {
            more: (next.minQty - quantity).toLocaleString('zh-CN'),
            unit,
            price: formatFen(next.unitPriceFen),
          })}
        </div>
      ) : null}
      <div className="lf-order-price-row lf-order-total">
        <span>{t('orders.order.total')}</span>
        <span className="lf-price" data-testid="order-total">
          {formatFen(priced.totalFen)}
        </span>
      </div>
    </div>
  );
}
