import type { OrderDetailView } from '@livefair/protocol';
import { Card, Col, Descriptions, Row, Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../utils/dates';
import { formatFen } from '../utils/money';
import { OrderStatusTag, OrderTypeTag } from './OrderStatusTag';
import { PaymentPanel } from './PaymentPanel';

/** One order as both sides see it: what was bought, progress, delivery, invoice, payment. `actions` are the caller's buttons. */
export function OrderDetail({
  order,
  side,
  actions,
}: {
  order: OrderDetailView;
  side: 'buyer' | 'exhibitor';
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const specs = Object.entries(order.specs).map(([k, v]) => (
    <Tag key={k} variant="outlined">
      {k}: {v}
    </Tag>
  ));
  const invoice = order.invoice;
  return (
    <div className="lf-order-detail" data-testid="order-detail" data-order-id={order.id} data-status={order.status}>
      <Card size="small">
        <div className="lf-order-card-head">
          <Space wrap size={[8, 4]}>
            <OrderStatusTag status={order.status} />
            <OrderTypeTag type={order.type} />
            <span className="lf-order-no">
              {t('orders.detail.orderNo')} {order.orderNo}
            </span>
          </Space>
          <Typography.Text type="secondary">{formatDateTime(order.createdAt, locale)}</Typography.Text>
        </div>
        <Typography.Title level={5} className="lf-card-title">
          {order.productName}
        </Typography.Title>
        <div className="lf-specs">
          {specs}
          <span className="lf-sku-code">{order.skuCode}</span>
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            ...(side === 'exhibitor' ? [{ key: 'b', label: t('orders.detail.buyer'), children: order.buyerName }] : []),
            { key: 'q', label: t('orders.detail.quantity'), children: `${order.quantity.toLocaleString('zh-CN')} ${order.unit}` },
            { key: 'u', label: t('orders.detail.unitPrice'), children: formatFen(order.unitPriceFen) },
            {
              key: 't',
              label: t('orders.detail.total'),
              children: (
                <span className="lf-price" data-testid="detail-total">
                  {formatFen(order.totalFen)}
                </span>
              ),
            },
            ...(order.note ? [{ key: 'n', label: t('orders.detail.note'), children: order.note }] : []),
            ...(order.cancelReason ? [{ key: 'c', label: t('orders.detail.cancelReason'), children: order.cancelReason }] : []),
            ...(order.carrier
              ? [{ key: 's', label: t('orders.detail.shipping'), children: `${order.carrier} ${order.trackingNo ?? ''}` }]
              : []),
          ]}
        />
        <Space wrap className="lf-order-links">
          {order.boothId ? <Link to={`/booths/${order.boothId}`}>{t('orders.detail.booth')}</Link> : null}
          {order.liveSessionId ? <Tag color="red">{t('orders.detail.fromLive')}</Tag> : null}
        </Space>
        {actions ? <div className="lf-order-actions lf-order-detail-actions">{actions}</div> : null}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <PaymentPanel orderId={order.id} version={order.updatedAt} side={side} />
          <Card size="small" title={t('orders.detail.shipTo')}>
            {order.shipTo ? (
              <div data-testid="ship-to">
                <div>
                  {order.shipTo.contactName} {order.shipTo.phone}
                </div>
                <div>
                  {order.shipTo.province} {order.shipTo.city} {order.shipTo.address}
                </div>
              </div>
            ) : (
              <Typography.Text type="warning">{t('orders.detail.noShipTo')}</Typography.Text>
            )}
          </Card>
          <Card size="small" title={t('orders.detail.invoice')}>
            {invoice ? (
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'k',
                    label: t('orders.field.invoiceKind'),
                    children: t(invoice.kind === 'special' ? 'orders.field.invoiceSpecial' : 'orders.field.invoiceNormal'),
                  },
                  { key: 'ti', label: t('orders.field.invoiceTitle'), children: invoice.title },
                  { key: 'tx', label: t('orders.field.taxpayerId'), children: invoice.taxpayerId },
                  ...(['registeredAddress', 'registeredPhone', 'bankName', 'bankAccount', 'email'] as const)
                    .filter((k) => invoice[k])
                    .map((k) => ({ key: k, label: t(`orders.field.${k}`), children: invoice[k] })),
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t('orders.detail.noInvoice')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('orders.detail.history')}>
            <Timeline
              data-testid="order-history"
              items={order.history.map((h, i) => ({
                key: i,
                color: h.to === 'cancelled' || h.to === 'expired' ? 'gray' : i === order.history.length - 1 ? 'blue' : 'green',
                content: (
                  <>
                    <Typography.Text type="secondary" className="lf-history-time">
                      {formatDateTime(h.at, locale)}
                    </Typography.Text>
                    <div>
                      {t(`orders.step.${h.to}`)}{' '}
                      <Typography.Text type="secondary">· {t(`orders.actor.${h.actor}`)}</Typography.Text>
                    </div>
                    {h.note ? <Typography.Text type="secondary">{h.note}</Typography.Text> : null}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
