import { RFQ_LIMITS, type OrderForYouItem, type ProductView } from '@livefair/protocol';
import { App, Button, DatePicker, Form, InputNumber, Modal, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { applyFieldErrors } from '../../auth/formErrors';
import { catalogApi } from '../../catalog/catalogApi';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { parseYuan, specsText } from '../../quotes/format';
import { ReasonModal } from '../../quotes/ReasonModal';
import { campaignsApi } from './campaignsApi';
import '../../quotes/quotes.css';

interface Values {
  productId: string;
  skuId: string;
  unitPrice: string;
  quantity: number;
  validUntil: Dayjs;
  leadTimeDays?: number | null;
}

function QuoteModal({
  item,
  open,
  onClose,
  onSent,
}: {
  item: OrderForYouItem;
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const products = useApi(
    (signal) => catalogApi.list({ status: 'published', page: 1, pageSize: 50 }, signal),
    open ? 'answer-products' : null,
  );
  const productId = Form.useWatch('productId', form);
  const published: ProductView[] = products.data?.items ?? [];
  const fitting = item.products.map((p) => p.catalogProductId).find((id) => id && published.some((x) => x.id === id));
  const skus = published.find((p) => p.id === (productId ?? fitting))?.skus ?? [];
  const submit = async (v: Values) => {
    const unitPriceFen = parseYuan(v.unitPrice);
    if (unitPriceFen === null) return;
    setSaving(true);
    try {
      await campaignsApi.quote(item.demand.id, {
        productId: v.productId,
        skuId: v.skuId,
        unitPriceFen,
        quantity: v.quantity,
        validUntil: v.validUntil.toDate().toISOString(),
        ...(typeof v.leadTimeDays === 'number' ? { leadTimeDays: v.leadTimeDays } : {}),
      });
      void message.success(t('campaigns.answer.sent'));
      onSent();
      onClose();
    } catch (err) {
      if (!applyFieldErrors(form, err, ['productId', 'skuId', 'unitPriceFen', 'quantity', 'validUntil', 'leadTimeDays']))
        showError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open={open} title={t('campaigns.answer.quoteTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      {products.data ? (
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{
            productId: fitting,
            quantity: Math.min(item.demand.quantity, RFQ_LIMITS.maxQuantity),
            validUntil: dayjs().add(7, 'day').hour(18).minute(0).second(0),
          }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="productId"
            label={t('campaigns.answer.product')}
            rules={[{ required: true, message: t('campaigns.answer.productRequired') }]}
          >
            <Select
              options={published.map((p) => ({ value: p.id, label: p.name }))}
              onChange={() => form.setFieldValue('skuId', undefined)}
              data-testid="answer-product"
            />
          </Form.Item>
          <Form.Item
            name="skuId"
            label={t('campaigns.answer.sku')}
            rules={[{ required: true, message: t('campaigns.answer.skuRequired') }]}
          >
            <Select
              options={skus.map((s) => ({ value: s.id, label: specsText(s.specs) || s.skuCode }))}
              data-testid="answer-sku"
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
                style={{ width: '100%' }}
                data-testid="answer-price"
              />
            </Form.Item>
            <Form.Item name="quantity" label={t('quotes.offer.quantity')} rules={[{ required: true }]}>
              <InputNumber
                min={1}
                max={RFQ_LIMITS.maxQuantity}
                precision={0}
                suffix={item.demand.unit}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </div>
          <div className="lf-form-row">
            <Form.Item
              name="validUntil"
              label={t('quotes.offer.validUntil')}
              rules={[{ required: true, message: t('quotes.offer.validUntilRequired') }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(RFQ_LIMITS.maxValidDays, 'day'))}
              />
            </Form.Item>
            <Form.Item name="leadTimeDays" label={t('quotes.offer.leadTime')}>
              <InputNumber min={0} max={RFQ_LIMITS.maxLeadTimeDays} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Button type="primary" htmlType="submit" block loading={saving} data-testid="answer-submit">
            {t('quotes.offer.submit')}
          </Button>
        </Form>
      ) : null}
    </Modal>
  );
}

/** Under a need of orders for you: quote on it or decline it; once answered, what was answered. */
export function AnswerNeed({ item, onAnswered }: { item: OrderForYouItem; onAnswered: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [quoting, setQuoting] = useState(false);
  const [declining, setDeclining] = useState(false);
  if (item.answer?.kind === 'quoted')
    return (
      <div className="lf-answer-actions">
        <Tag color="green">{t('campaigns.answer.quoted')}</Tag>
        {item.answer.rfqId ? (
          <Button size="small" onClick={() => navigate(`/my/inquiries/${item.answer!.rfqId}`)}>
            {t('campaigns.answer.openThread')}
          </Button>
        ) : null}
      </div>
    );
  if (item.answer?.kind === 'declined')
    return (
      <div className="lf-answer-actions">
        <Tag>{t('campaigns.answer.declined')}</Tag>
      </div>
    );
  return (
    <div className="lf-answer-actions">
      <Button type="primary" size="small" onClick={() => setQuoting(true)} data-testid="answer-quote">
        {t('campaigns.answer.quote')}
      </Button>
      <Button size="small" onClick={() => setDeclining(true)} data-testid="answer-decline">
        {t('campaigns.answer.decline')}
      </Button>
      <QuoteModal item={item} open={quoting} onClose={() => setQuoting(false)} onSent={onAnswered} />
      <ReasonModal
        open={declining}
        title={t('campaigns.answer.declineTitle')}
        label={t('campaigns.answer.declineLabel')}
        okText={t('campaigns.answer.declineOk')}
        danger
        onClose={() => setDeclining(false)}
        onSubmit={async (reason) => {
          await campaignsApi.decline(item.demand.id, reason);
          void message.success(t('campaigns.answer.declinedDone'));
          onAnswered();
        }}
      />
    </div>
  );
}
