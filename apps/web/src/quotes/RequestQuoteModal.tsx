import { CN_PROVINCES, RFQ_LIMITS, type CreateRfqRequest, type ProductView } from '@livefair/protocol';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { applyFieldErrors } from '../auth/formErrors';
import { useShowApiError } from '../hooks/useShowApiError';
import { parseYuan, specsText } from './format';

interface Values {
  skuId: string;
  quantity: number;
  targetPrice?: string | null;
  deadline: Dayjs;
  deliveryProvince: string;
  requirements?: string;
  message?: string;
}

const ANY_SKU = '';
const FIELDS = ['skuId', 'quantity', 'targetUnitPriceFen', 'deadline', 'deliveryProvince', 'requirements', 'message'];

/** A deadline a week ahead at 18:00 local time: a buyer's usual "quotes by next week". */
const defaultDeadline = () => dayjs().add(7, 'day').hour(18).minute(0).second(0).millisecond(0);

interface Props {
  product: ProductView;
  boothId: string;
  enterpriseName: string;
  open: boolean;
  onClose: () => void;
}

/** 询价 form: quantity, target price, deadline, delivery province, requirements and a message. */
export function RequestQuoteModal({ product, boothId, enterpriseName, open, onClose }: Props) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    const body: CreateRfqRequest = {
      productId: product.id,
      boothId,
      quantity: v.quantity,
      deadline: v.deadline.toDate().toISOString(),
      deliveryProvince: v.deliveryProvince as CreateRfqRequest['deliveryProvince'],
      ...(v.skuId ? { skuId: v.skuId } : {}),
      ...(parseYuan(v.targetPrice) !== null ? { targetUnitPriceFen: parseYuan(v.targetPrice) as number } : {}),
      ...(v.requirements?.trim() ? { requirements: v.requirements.trim() } : {}),
      ...(v.message?.trim() ? { message: v.message.trim() } : {}),
    };
    setSaving(true);
    try {
      const rfq = await endpoints.createRfq(body);
      form.resetFields();
      onClose();
      notification.success({
        title: t('quotes.ask.sent'),
        description: product.name,
        actions: (
          <Button type="primary" size="small" onClick={() => navigate(`/my/rfqs/${rfq.id}`)}>
            {t('quotes.ask.view')}
          </Button>
        ),
      });
    } catch (err) {
      if (!applyFieldErrors(form, err, FIELDS)) showError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('quotes.ask.title', { name: product.name })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      wrapClassName="lf-rfq-modal"
    >
      <Typography.Paragraph type="secondary">{t('quotes.ask.intro', { enterprise: enterpriseName })}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ skuId: ANY_SKU, quantity: product.moq || 1, deadline: defaultDeadline() }}
        onFinish={(v) => void submit(v)}
      >
        {product.skus.length > 0 ? (
          <Form.Item name="skuId" label={t('quotes.ask.sku')}>
            <Select
              data-testid="rfq-sku"
              options={[
                { value: ANY_SKU, label: t('quotes.ask.skuAny') },
                ...product.skus.map((s) => ({ value: s.id, label: specsText(s.specs) || s.skuCode })),
              ]}
            />
          </Form.Item>
        ) : null}
        <div className="lf-form-row">
          <Form.Item
            name="quantity"
            label={t('quotes.ask.quantity')}
            rules={[{ required: true, message: t('quotes.ask.quantityRequired') }]}
          >
            <InputNumber
              min={1}
              max={RFQ_LIMITS.maxQuantity}
              precision={0}
              suffix={product.unit}
              className="lf-rfq-input"
              data-testid="rfq-quantity"
            />
          </Form.Item>
          <Form.Item name="targetPrice" label={t('quotes.ask.targetPrice')} extra={t('quotes.ask.targetPriceHint')}>
            <InputNumber<string> stringMode min="0.01" max="10000000" precision={2} prefix="¥" className="lf-rfq-input" />
          </Form.Item>
        </div>
        <div className="lf-form-row">
          <Form.Item
            name="deadline"
            label={t('quotes.ask.deadline')}
            rules={[
              { required: true, message: t('quotes.ask.deadlineRequired') },
              {
                validator: (_r, v: Dayjs | null) =>
                  !v || (v.isAfter(dayjs()) && v.isBefore(dayjs().add(RFQ_LIMITS.maxDeadlineDays, 'day')))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('quotes.ask.deadlineFuture'))),
              },
            ]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              className="lf-rfq-input"
              inputReadOnly
              disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(RFQ_LIMITS.maxDeadlineDays, 'day'))}
            />
          </Form.Item>
          <Form.Item
            name="deliveryProvince"
            label={t('quotes.ask.province')}
            rules={[{ required: true, message: t('quotes.ask.provinceRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('quotes.ask.provincePlaceholder')}
              data-testid="rfq-province"
              options={CN_PROVINCES.map((p) => ({ value: p, label: t(`quotes.provinces.${p}`) }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="requirements" label={t('quotes.ask.requirements')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={RFQ_LIMITS.requirementsChars}
            showCount
            placeholder={t('quotes.ask.requirementsPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="message" label={t('quotes.ask.message')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={RFQ_LIMITS.messageChars}
            showCount
            placeholder={t('quotes.ask.messagePlaceholder')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} block data-testid="rfq-submit">
          {t('quotes.ask.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
