import type { OrderDetailView } from '@livefair/protocol';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { useShowApiError } from '../hooks/useShowApiError';
import { CancelOrderModal } from './CancelOrderModal';
import { EditDeliveryModal } from './EditDeliveryModal';

/** The buyer's buttons, from what the server says the buyer may do now (`actions`, `deliveryEditable`). */
export function BuyerOrderActions({ order, onChange }: { order: OrderDetailView; onChange: (o: OrderDetailView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [cancelling, setCancelling] = useState(false);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const complete = async () => {
    setBusy(true);
    try {
      onChange(await endpoints.orderStep(order.id, 'complete'));
      void message.success(t('orders.act.completed'));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {order.actions.includes('complete') ? (
        <Popconfirm
          title={t('orders.act.completeConfirm')}
          onConfirm={() => void complete()}
          okText={t('orders.act.complete')}
          cancelText={t('orders.act.close')}
        >
          <Button type="primary" loading={busy} data-testid="order-complete">
            {t('orders.act.complete')}
          </Button>
        </Popconfirm>
      ) : null}
      {order.deliveryEditable ? (
        <Button onClick={() => setEditing(true)} data-testid="order-edit-delivery">
          {t('orders.act.edit')}
        </Button>
      ) : null}
      {order.actions.includes('cancel') ? (
        <Button danger onClick={() => setCancelling(true)} data-testid="order-cancel">
          {t('orders.act.cancel')}
        </Button>
      ) : null}
      <CancelOrderModal
        order={cancelling ? order : null}
        onClose={() => setCancelling(false)}
        onDone={(o) => {
          setCancelling(false);
          onChange(o);
        }}
      />
      {editing ? (
        <EditDeliveryModal
          order={order}
          open={editing}
          onClose={() => setEditing(false)}
          onDone={(o) => {
            setEditing(false);
            onChange(o);
          }}
        />
      ) : null}
    </>
  );
}
