import type { AcceptQuoteRequest, InvoiceRequestView, OrderView, QuoteView, RfqView, ShipToView } from '@livefair/protocol';
import { Alert, Button, Form, Input, Modal, Radio, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { applyFieldErrors } from '../auth/formErrors';
import { useShowApiError } from '../hooks/useShowApiError';
import { formatFen } from '../utils/money';

interface Values {
  withShipTo: boolean;
  shipTo?: ShipToView;
  withInvoice: boolean;
  invoice?: InvoiceRequestView;
  note?: string;
}

const FIELDS = [
  ...['contactName', 'phone', 'province', 'city', 'address'].map((f) => `shipTo.${f}`),
  ...['kind', 'title', 'taxpayerId', 'registeredAddress', 'registeredPhone', 'bankName', 'bankAccount', 'email'].map(
    (f) => `invoice.${f}`,
  ),
  'note',
];

/** Drops fields left empty (optional inputs the buyer did not fill). */
function filled<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && String(v).trim() !== '')) as T;
}

interface Props {
  quote: QuoteView;
  rfq: RfqView;
  onClose: () => void;
  onAccepted: (order: OrderView) => void;
}

/** Accepting a quote: optional delivery address and invoice details, then one order at the quoted price. */
export function AcceptQuoteModal({ quote, rfq, onClose, onAccepted }: Props) {
  const { t, i18n } = useTranslation();
  const showError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  // One key per opening of the dialog: a retry after a lost answer repeats it, so it cannot order twice.
  const [key] = useState(() => crypto.randomUUID());
  const withShipTo = Form.useWatch('withShipTo', form);
  const withInvoice = Form.useWatch('withInvoice', form);
  const invoiceKind = Form.useWatch(['invoice', 'kind'], form);
  const required = [{ required: true, whitespace: true, message: t('quotes.accept.required') }];

  const submit = async (v: Values) => {
    const body: AcceptQuoteRequest = {
      ...(v.withShipTo && v.shipTo ? { shipTo: filled(v.shipTo) } : {}),
      ...(v.withInvoice && v.invoice ? { invoice: filled(v.invoice) } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    setSaving(true);
    try {
      onAccepted(await endpoints.acceptQuote(quote.id, body, key));
    } catch (err) {
      if (!applyFieldErrors(form, err, FIELDS)) showError(err);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: string[], label: string, rules = required) => (
    <Form.Item name={name} label={label} rules={rules}>
      <Input />
    </Form.Item>
  );

  return (
    <Modal open title={t('quotes.accept.title')} onCancel={onClose} footer={null} destroyOnHidden wrapClassName="lf-rfq-modal">
      <Typography.Title level={5}>{rfq.productName}</Typography.Title>
      <Typography.Paragraph className="lf-accept-summary">
        {t('quotes.accept.summary', {
          qty: quote.quantity.toLocaleString(i18n.language),
          unit: rfq.unit,
          price: formatFen(quote.unitPriceFen),
          total: formatFen(quote.totalFen),
        })}
      </Typography.Paragraph>
      <Alert type="info" showIcon title={t('quotes.accept.offline')} className="lf-modal-alert" />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ withShipTo: false, withInvoice: false, invoice: { kind: 'normal' } }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="withShipTo" label={t('quotes.accept.shipTo')} valuePropName="checked">
          <Switch data-testid="accept-shipto" />
        </Form.Item>
        {withShipTo ? (
          <>
            <div className="lf-form-row">
              {field(['shipTo', 'contactName'], t('quotes.accept.contactName'))}
              {field(['shipTo', 'phone'], t('quotes.accept.phone'))}
            </div>
            <div className="lf-form-row">
              {field(['shipTo', 'province'], t('quotes.accept.provinceField'))}
              {field(['shipTo', 'city'], t('quotes.accept.city'))}
            </div>
            {field(['shipTo', 'address'], t('quotes.accept.address'))}
          </>
        ) : null}
        <Form.Item name="withInvoice" label={t('quotes.accept.invoice')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {withInvoice ? (
          <>
            <Form.Item name={['invoice', 'kind']} label={t('quotes.accept.invoiceKind')}>
              <Radio.Group
                options={[
                  { value: 'normal', label: t('quotes.accept.invoiceNormal') },
                  { value: 'special', label: t('quotes.accept.invoiceSpecial') },
                ]}
              />
            </Form.Item>
            {field(['invoice', 'title'], t('quotes.accept.invoiceTitle'))}
            {field(['invoice', 'taxpayerId'], t('quotes.accept.taxpayerId'))}
            {invoiceKind === 'special' ? (
              <>
                {field(['invoice', 'registeredAddress'], t('quotes.accept.registeredAddress'))}
                <div className="lf-form-row">
                  {field(['invoice', 'registeredPhone'], t('quotes.accept.registeredPhone'))}
                  {field(['invoice', 'bankName'], t('quotes.accept.bankName'))}
                </div>
                {field(['invoice', 'bankAccount'], t('quotes.accept.bankAccount'))}
              </>
            ) : null}
            {field(['invoice', 'email'], t('quotes.accept.email'), [])}
          </>
        ) : null}
        <Form.Item name="note" label={t('quotes.accept.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} block data-testid="accept-submit">
          {t('quotes.accept.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
