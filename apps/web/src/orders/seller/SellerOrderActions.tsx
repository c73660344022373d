import type { OrderAction, OrderDetailView, OrderView } from '@livefair/protocol';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../../api/endpoints';
import { useShowApiError } from '../../hooks/useShowApiError';

export type SellerDialog = { kind: 'pay' | 'ship' | 'cancel'; order: OrderView };

/**
 * The seller's buttons for one order, from the actions the server lists for the caller.
 * Confirming is one click (with a confirm); paying, shipping and cancelling open their forms.
 */
export function SellerOrderActions({
  order,
  actions,
  onDialog,
  onDone,
  size = 'small',
}: {
  order: OrderView;
  actions: OrderAction[];
  onDialog: (d: SellerDialog) => void;
  onDone: (o: OrderDetailView) => void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      onDone(await endpoints.orderStep(order.id, 'confirm'));
      void message.success(t('orders.act.confirmed'));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="lf-sales-actions" onClick={(e) => e.stopPropagation()}>
      {actions.includes('confirm') ? (
        <Popconfirm
          title={t('orders.act.confirm')}
          onConfirm={() => void confirm()}
          okText={t('orders.act.confirm')}
          cancelText={t('orders.act.close')}
        >
          <Button type="primary" size={size} loading={busy} data-testid="seller-confirm">
            {t('orders.act.confirm')}
          </Button>
        </Popconfirm>
      ) : null}
      {actions.includes('pay') ? (
        <Button type="primary" size={size} onClick={() => onDialog({ kind: 'pay', order })} data-testid="seller-pay">
          {t('orders.act.pay')}
        </Button>
      ) : null}
      {actions.includes('ship') ? (
        <Button type="primary" size={size} onClick={() => onDialog({ kind: 'ship', order })} data-testid="seller-ship">
          {t('orders.act.ship')}
        </Button>
      ) : null}
      {actions.includes('cancel') ? (
        <Button danger size={size} onClick={() => onDialog({ kind: 'cancel', order })} data-testid="seller-cancel">
          {t('orders.act.cancel')}
        </Button>
      ) : null}
    </div>
  );
}
