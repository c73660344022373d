import type { OrderDetailView } from '@livefair/protocol';
import { App, Form, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { useShowApiError } from '../hooks/useShowApiError';
import { DeliveryFields, deliveryOf, type DeliveryFormValues } from './DeliveryFields';

/** The buyer fills in or changes the address, invoice details and note until the order ships. */
export function EditDeliveryModal({
  order,
  open,
  onClose,
  onDone,
}: {
  order: OrderDetailView;
  open: boolean;
  onClose: () => void;
  onDone: (o: OrderDetailView) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [form] = Form.useForm<DeliveryFormValues>();
  const [busy, setBusy] = useState(false);
  const initial: DeliveryFormValues = {
    shipTo: order.shipTo ?? undefined,
    needInvoice: order.invoice !== null,
    invoice: order.invoice ?? { kind: 'normal' },
    note: order.note,
  };
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const d = deliveryOf(values);
    setBusy(true);
    try {
      const updated = await endpoints.updateDelivery(order.id, {
        shipTo: d.shipTo,
        invoice: d.invoice ?? null,
        note: d.note ?? '',
      });
      void message.success(t('orders.act.saved'));
      onDone(updated);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('orders.act.editTitle')}
      okText={t('orders.act.save')}
      cancelText={t('orders.act.close')}
      okButtonProps={{ loading: busy, 'data-testid': 'delivery-submit' } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} initialValues={initial} preserve={false} className="lf-order-form">
        <DeliveryFields form={form} requireAddress={order.shipTo !== null} />
      </Form>
    </Modal>
  );
}
