import type { PaymentInstructionsView } from '@livefair/protocol';
import { Alert, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useApi } from '../hooks/useApi';
import { formatDateTime } from '../utils/dates';
import { formatFen } from '../utils/money';

function Row({ label, value, copy }: { label: string; value: string; copy?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="lf-payee-row">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Text
        className="lf-payee-value"
        copyable={copy ? { text: value, tooltips: [t('orders.payment.copy'), t('orders.payment.copied')] } : false}
      >
        {value}
      </Typography.Text>
    </div>
  );
}

/** How to pay this order (the provider's instructions): the seller's account, the amount, the order number as the reference. */
export function PaymentPanel({ orderId, version, side }: { orderId: string; version: string; side: 'buyer' | 'exhibitor' }) {
  const { t, i18n } = useTranslation();
  const { data, error, reload } = useApi(
    (signal) => endpoints.orderPayment(orderId, signal),
    `order-payment:${orderId}:${version}`,
  );
  return (
    <Card title={t('orders.payment.title')} size="small" data-testid="payment-panel">
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {!data && !error ? <Skeleton active paragraph={{ rows: 3 }} /> : null}
      {data ? (
        <Instructions
          p={data}
          locale={i18n.language}
          t={t as unknown as (key: string, options?: Record<string, unknown>) => string}
          side={side}
        />
      ) : null}
    </Card>
  );
}

function Instructions({
  p,
  locale,
  t,
  side,
}: {
  p: PaymentInstructionsView;
  locale: string;
  /** A plain signature: the app's full message type is too deep for TypeScript at some of these keys. */
  t: (key: string, options?: Record<string, unknown>) => string;
  side: 'buyer' | 'exhibitor';
}) {
  const type = p.state === 'awaiting' ? 'warning' : p.state === 'paid' ? 'success' : 'info';
  return (
    <>
      <Alert
        type={type}
        showIcon
        title={t(side === 'buyer' ? `orders.payment.state.${p.state}` : `orders.payment.sellerState.${p.state}`)}
        className="lf-alert"
      />
      {p.payBy && p.state === 'awaiting' ? (
        <Alert type="error" title={t('orders.payment.payBy', { time: formatDateTime(p.payBy, locale) })} className="lf-alert" />
      ) : null}
      {/* Where to transfer matters until the money arrived. */}
      {p.state === 'closed' || p.state === 'paid' ? null : p.payee ? (
        <div className="lf-payee" data-testid="payee">
          <Row label={t('orders.payment.payee')} value={p.payee.accountName} copy />
          <Row label={t('orders.payment.bank')} value={p.payee.bankName} copy />
          <Row label={t('orders.payment.account')} value={p.payee.accountNo} copy />
          <Row label={t('orders.payment.amount')} value={formatFen(p.amountFen)} />
          <Row label={t('orders.payment.reference')} value={p.reference} copy />
          {p.payee.note ? <Typography.Paragraph type="secondary">{p.payee.note}</Typography.Paragraph> : null}
        </div>
      ) : (
        <Alert type="info" title={t('orders.payment.noAccount')} />
      )}
      {p.paymentRef ? (
        <Typography.Paragraph type="secondary">
          {t('orders.payment.paymentRef')}: {p.paymentRef}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
