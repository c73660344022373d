import type { OrderDetailView, OrderView } from '@livefair/protocol';
import { App, Form, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { useShowApiError } from '../hooks/useShowApiError';

/** Cancel with a reason both sides see (the buyer before payment, the seller's staff too). */
export function CancelOrderModal({
  order,
  onClose,
  onDone,
}: {
  order: OrderView | null;
  onClose: () => void;
  onDone: (o: OrderDetailView) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!order) return;
    // A form that fails its rules shows the problems itself; nothing to send.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const { reason } = values;
    setBusy(true);
    try {
      const updated = await endpoints.orderStep(order.id, 'cancel', { reason: reason.trim() });
      void message.success(t('orders.act.cancelled'));
      onDone(updated);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={order !== null}
      title={order ? t('orders.act.cancelTitle', { no: order.orderNo }) : ''}
      okText={t('orders.act.cancel')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'cancel-submit' } as ButtonProps}
      cancelText={t('orders.act.close')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} preserve={false}>
        <Form.Item
          name="reason"
          label={t('orders.act.reason')}
          rules={[{ required: true, whitespace: true, message: t('orders.act.reasonRequired') }]}
        >
          <Input.TextArea
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t('orders.act.reasonPlaceholder')}
            data-testid="cancel-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
