import type { OrderDetailView, OrderView } from '@livefair/protocol';
import { Alert, App, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../../api/endpoints';
import { useShowApiError } from '../../hooks/useShowApiError';
import { formatFen } from '../../utils/money';

interface StepModalProps {
  order: OrderView | null;
  onClose: () => void;
  onDone: (o: OrderDetailView) => void;
}

function useStep(order: OrderView | null, onDone: (o: OrderDetailView) => void) {
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [busy, setBusy] = useState(false);
  const run = async (step: 'pay' | 'ship', body: object, done: string) => {
    if (!order) return;
    setBusy(true);
    try {
      const updated = await endpoints.orderStep(order.id, step, body);
      void message.success(done);
      onDone(updated);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/** The exhibitor saw the transfer arrive: mark paid, with the bank's reference if at hand. */
export function MarkPaidModal({ order, onClose, onDone }: StepModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ paymentRef?: string }>();
  const { busy, run } = useStep(order, onDone);
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const { paymentRef } = values;
    await run('pay', paymentRef?.trim() ? { paymentRef: paymentRef.trim() } : {}, t('orders.act.paid'));
  };
  return (
    <Modal
      open={order !== null}
      title={order ? t('orders.act.payTitle', { no: order.orderNo }) : ''}
      okText={t('orders.act.pay')}
      cancelText={t('orders.act.close')}
      okButtonProps={{ loading: busy, 'data-testid': 'pay-submit' } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {order ? (
        <Typography.Paragraph>
          {t('orders.act.payHint', { amount: formatFen(order.totalFen), no: order.orderNo })}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="paymentRef" label={t('orders.payment.paymentRef')}>
          <Input maxLength={100} placeholder={t('orders.act.paymentRefPlaceholder')} data-testid="payment-ref" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Ship a paid order: carrier and tracking number (the order needs the buyer's address). */
export function ShipModal({ order, onClose, onDone }: StepModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ carrier: string; trackingNo: string }>();
  const { busy, run } = useStep(order, onDone);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await run('ship', { carrier: v.carrier.trim(), trackingNo: v.trackingNo.trim() }, t('orders.act.shipped'));
  };
  const noAddress = order !== null && order.shipTo === null;
  return (
    <Modal
      open={order !== null}
      title={order ? t('orders.act.shipTitle', { no: order.orderNo }) : ''}
      okText={t('orders.act.ship')}
      cancelText={t('orders.act.close')}
      okButtonProps={{ loading: busy, disabled: noAddress, 'data-testid': 'ship-submit' } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {noAddress ? <Alert type="warning" showIcon title={t('orders.act.needAddress')} className="lf-alert" /> : null}
      {order?.shipTo ? (
        <Typography.Paragraph type="secondary">
          {order.shipTo.contactName} {order.shipTo.phone} · {order.shipTo.province} {order.shipTo.city} {order.shipTo.address}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" requiredMark={false} preserve={false} disabled={noAddress}>
        <Form.Item
          name="carrier"
          label={t('orders.act.carrier')}
          rules={[{ required: true, whitespace: true, message: t('orders.field.required', { field: t('orders.act.carrier') }) }]}
        >
          <Input maxLength={50} placeholder={t('orders.act.carrierPlaceholder')} data-testid="ship-carrier" />
        </Form.Item>
        <Form.Item
          name="trackingNo"
          label={t('orders.act.trackingNo')}
          rules={[
            { required: true, message: t('orders.field.required', { field: t('orders.act.trackingNo') }) },
            { pattern: /^[A-Za-z0-9-]{4,64}$/, message: t('orders.act.trackingInvalid') },
          ]}
        >
          <Input maxLength={64} data-testid="ship-tracking" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
