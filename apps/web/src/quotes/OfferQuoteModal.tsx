import { RFQ_LIMITS, type OfferQuoteRequest, type QuotableSkuView, type QuoteView, type RfqView } from '@livefair/protocol';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { applyFieldErrors } from '../auth/formErrors';
import { useShowApiError } from '../hooks/useShowApiError';
import { formatFen } from '../utils/money';
import { parseYuan, specsText } from './format';

interface Values {
  skuId?: string;
  unitPrice: string;
  quantity: number;
  validUntil: Dayjs;
  paymentTerms?: string;
  deliveryTerms?: string;
  packaging?: string;
  leadTimeDays?: number | null;
  remarks?: string;
}

const FIELDS = [
  'skuId',
  'unitPriceFen',
  'quantity',
  'validUntil',
  'paymentTerms',
  'deliveryTerms',
  'packaging',
  'leadTimeDays',
  'remarks',
];
const TERMS = ['paymentTerms', 'deliveryTerms', 'packaging', 'remarks'] as const;

/** A week ahead at 18:00 local time. */
const defaultValidUntil = () => dayjs().add(7, 'day').hour(18).minute(0).second(0).millisecond(0);

/** "17.20" from 1720 fen, for the price input (integer arithmetic). */
const yuanText = (fen: number) => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

function initialValues(rfq: RfqView, skus: QuotableSkuView[], previous: QuoteView | null): Partial<Values> {
  const fresh = {
    skuId: rfq.skuId ?? (skus.length === 1 ? skus[0].id : undefined),
    quantity: rfq.quantity,
    validUntil: defaultValidUntil(),
  };
  if (!previous) return fresh;
  return {
    ...fresh,
    skuId: previous.skuId,
    unitPrice: yuanText(previous.unitPriceFen),
    quantity: previous.quantity,
    paymentTerms: previous.paymentTerms,
    deliveryTerms: previous.deliveryTerms,
    packaging: previous.packaging,
    leadTimeDays: previous.leadTimeDays,
    remarks: previous.remarks,
  };
}

interface Props {
  rfq: RfqView;
  /** The product's SKUs (to pick one when the buyer named none). */
  skus: QuotableSkuView[];
  /** The newest quote, if any: a new one starts from its price and terms. */
  previous: QuoteView | null;
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}

/** The exhibitor's quote: unit price, quantity (the requested one by default), validity and terms. */
export function OfferQuoteModal({ rfq, skus, previous, open, onClose, onSent }: Props) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const price = parseYuan(Form.useWatch('unitPrice', form));
  const quantity = Form.useWatch('quantity', form);

  const submit = async (v: Values) => {
    const unitPriceFen = parseYuan(v.unitPrice);
    if (unitPriceFen === null) return;
    const body: OfferQuoteRequest = {
      unitPriceFen,
      quantity: v.quantity,
      validUntil: v.validUntil.toDate().toISOString(),
      ...(v.skuId ? { skuId: v.skuId } : {}),
      ...(typeof v.leadTimeDays === 'number' ? { leadTimeDays: v.leadTimeDays } : {}),
    };
    for (const k of TERMS) if (v[k]?.trim()) body[k] = v[k]?.trim();
    setSaving(true);
    try {
      await endpoints.offerQuote(rfq.id, body);
      form.resetFields();
      onSent();
      onClose();
    } catch (err) {
      if (!applyFieldErrors(form, err, FIELDS)) showError(err);
    } finally {
      setSaving(false);
    }
  };

  const text = (name: (typeof TERMS)[number], label: string, placeholder?: string, max: number = RFQ_LIMITS.termsChars) => (
    <Form.Item name={name} label={label}>
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={max} placeholder={placeholder} />
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      title={t('quotes.offer.title')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      wrapClassName="lf-rfq-modal"
    >
      {previous?.status === 'offered' ? (
        <Alert type="info" showIcon title={t('quotes.offer.supersedes')} className="lf-modal-alert" />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues(rfq, skus, previous)}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="skuId"
          label={t('quotes.offer.sku')}
          rules={[{ required: true, message: t('quotes.offer.skuRequired') }]}
        >
          <Select
            placeholder={t('quotes.offer.skuPlaceholder')}
            options={skus.map((s) => ({ value: s.id, label: specsText(s.specs) || s.skuCode }))}
            data-testid="offer-sku"
          />
        </Form.Item>
        <div className="lf-form-row">
          <Form.Item
            name="unitPrice"
            label={t('quotes.offer.unitPrice')}
            rules={[{ required: true, message: t('quotes.offer.unitPriceRequired') }]}
          >
            <InputNumber<string>
              stringMode
              min="0.01"
              max="10000000"
              precision={2}
              prefix="¥"
              className="lf-rfq-input"
              data-testid="offer-price"
            />
          </Form.Item>
          <Form.Item
            name="quantity"
            label={t('quotes.offer.quantity')}
            extra={t('quotes.offer.quantityHint', { qty: rfq.quantity.toLocaleString(), unit: rfq.unit })}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={RFQ_LIMITS.maxQuantity} precision={0} suffix={rfq.unit} className="lf-rfq-input" />
          </Form.Item>
        </div>
        {price !== null && typeof quantity === 'number' ? (
          <Typography.Paragraph strong className="lf-offer-total">
            {t('quotes.offer.total', { total: formatFen(price * quantity) })}
          </Typography.Paragraph>
        ) : null}
        <div className="lf-form-row">
          <Form.Item
            name="validUntil"
            label={t('quotes.offer.validUntil')}
            rules={[
              { required: true, message: t('quotes.offer.validUntilRequired') },
              {
                validator: (_r, v: Dayjs | null) =>
                  !v || (v.isAfter(dayjs()) && v.isBefore(dayjs().add(RFQ_LIMITS.maxValidDays, 'day')))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('quotes.offer.validFuture'))),
              },
            ]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              className="lf-rfq-input"
              inputReadOnly
              disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(RFQ_LIMITS.maxValidDays, 'day'))}
            />
          </Form.Item>
          <Form.Item name="leadTimeDays" label={t('quotes.offer.leadTime')}>
            <InputNumber min={0} max={RFQ_LIMITS.maxLeadTimeDays} precision={0} className="lf-rfq-input" />
          </Form.Item>
        </div>
        {text('paymentTerms', t('quotes.offer.payment'), t('quotes.offer.paymentPlaceholder'))}
        {text('deliveryTerms', t('quotes.offer.delivery'), t('quotes.offer.deliveryPlaceholder'))}
        {text('packaging', t('quotes.offer.packaging'), t('quotes.offer.packagingPlaceholder'))}
        {text('remarks', t('quotes.offer.remarks'), undefined, RFQ_LIMITS.remarksChars)}
        <Button type="primary" htmlType="submit" loading={saving} block data-testid="offer-submit">
          {t('quotes.offer.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
