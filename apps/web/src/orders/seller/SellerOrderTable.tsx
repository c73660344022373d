import type { OrderListItem } from '@livefair/protocol';
import { Button, Card, Grid, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../utils/dates';
import { formatFen } from '../../utils/money';
import { OrderStatusTag, OrderTypeTag } from '../OrderStatusTag';
import { SellerOrderActions, type SellerDialog } from './SellerOrderActions';

interface Props {
  items: OrderListItem[];
  loading: boolean;
  onOpen: (o: OrderListItem) => void;
  onDialog: (d: SellerDialog) => void;
  onChanged: () => void;
}

/** The seller's orders: a table on a laptop, cards on a phone, each with the steps the seller may take. */
export function SellerOrderTable({ items, loading, onOpen, onDialog, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const actions = (o: OrderListItem) => (
    <SellerOrderActions order={o} actions={o.actions} onDialog={onDialog} onDone={onChanged} />
  );
  if (screens.md === false)
    return (
      <div data-testid="sales-cards">
        {items.map((o) => (
          <Card
            key={o.id}
            className="lf-order-card"
            onClick={() => onOpen(o)}
            data-testid="sales-row"
            data-order-id={o.id}
            data-status={o.status}
          >
            <div className="lf-order-card-head">
              <span>
                <OrderStatusTag status={o.status} /> <OrderTypeTag type={o.type} />
              </span>
              <span className="lf-order-no">{o.orderNo}</span>
            </div>
            <div className="lf-order-product-name">{o.productName}</div>
            <div className="lf-order-card-body">
              <Typography.Text type="secondary">
                {o.buyerName} · {o.quantity.toLocaleString('zh-CN')} {o.unit} · {formatDateTime(o.createdAt, i18n.language)}
              </Typography.Text>
              <span className="lf-price">{formatFen(o.totalFen)}</span>
            </div>
            {o.actions.length ? <div className="lf-order-card-actions">{actions(o)}</div> : null}
          </Card>
        ))}
      </div>
    );
  return (
    <Table<OrderListItem>
      className="lf-sales-table"
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(o) =>
        ({ 'data-testid': 'sales-row', 'data-order-id': o.id, 'data-status': o.status }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('orders.sales.col.orderNo'),
          key: 'no',
          render: (_: unknown, o) => (
            <Typography.Link className="lf-order-no lf-order-no-link" onClick={() => onOpen(o)}>
              {o.orderNo}
            </Typography.Link>
          ),
        },
        {
          title: t('orders.sales.col.placedAt'),
          key: 'at',
          render: (_: unknown, o) => formatDateTime(o.createdAt, i18n.language),
        },
        { title: t('orders.sales.col.buyer'), dataIndex: 'buyerName' },
        {
          title: t('orders.sales.col.product'),
          key: 'p',
          render: (_: unknown, o) => (
            <div className="lf-sales-product">
              <div>{o.productName}</div>
              <Typography.Text type="secondary">
                <OrderTypeTag type={o.type} /> {Object.values(o.specs).join(' / ')}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('orders.sales.col.quantity'),
          key: 'q',
          align: 'right',
          render: (_: unknown, o) => `${o.quantity.toLocaleString('zh-CN')} ${o.unit}`,
        },
        {
          title: t('orders.sales.col.total'),
          key: 't',
          align: 'right',
          render: (_: unknown, o) => <span className="lf-price">{formatFen(o.totalFen)}</span>,
        },
        { title: t('orders.sales.col.status'), key: 's', render: (_: unknown, o) => <OrderStatusTag status={o.status} /> },
        {
          title: t('orders.sales.col.actions'),
          key: 'a',
          render: (_: unknown, o) => (
            <div className="lf-sales-actions">
              {actions(o)}
              <Button size="small" type="link" onClick={() => onOpen(o)}>
                {t('orders.act.view')}
              </Button>
            </div>
          ),
        },
      ]}
    />
  );
}
