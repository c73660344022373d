import { LEAD_LIMITS, type CreateInquiryRequest } from '@livefair/protocol';
import { App, Button, Drawer, Form, Grid, Input, InputNumber, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { toApiError } from '../api/ApiError';
import { useAuth } from '../auth/useAuth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useApi } from '../hooks/useApi';
import { useShowApiError } from '../hooks/useShowApiError';
import { newIdempotencyKey } from '../orders/idempotencyKey';
import { leadsApi } from './leadsApi';

interface Values {
  productId: string;
  quantity?: number | null;
  message: string;
  name: string;
  company?: string;
  phone?: string;
  email?: string;
}

const NO_PRODUCT = '';
const SENT_NOTICE = 'lead-sent';
const PHONE = /^\+?[0-9][0-9 ()-]{5,23}$/;
/** The server's field names (nested for the contact) to the form's flat ones. */
const FIELD_OF: Record<string, keyof Values> = {
  message: 'message',
  quantity: 'quantity',
  productId: 'productId',
  'contact.name': 'name',
  'contact.company': 'company',
  'contact.phone': 'phone',
  'contact.email': 'email',
};

/** The inquiry form: product (optional, the booth's), quantity, message and how to reach the buyer. */
export function InquiryDrawer({ boothId, open, onClose }: { boothId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowApiError();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  // One key per filled-in form: a retry after a lost answer is the same inquiry, not a second one.
  const [key, setKey] = useState(newIdempotencyKey);
  const booth = useApi((signal) => endpoints.booth(boothId, signal), open ? `inquiry-booth:${boothId}` : null);
  const products = booth.data?.products ?? [];
  const productId = Form.useWatch('productId', form);
  const unit = products.find((p) => p.id === productId)?.unit ?? '件';

  const submit = async (v: Values) => {
    const body: CreateInquiryRequest = {
      boothId,
      message: v.message.trim(),
      ...(v.productId ? { productId: v.productId } : {}),
      ...(v.quantity ? { quantity: v.quantity, unit } : {}),
      contact: {
        name: v.name.trim(),
        ...(v.company?.trim() ? { company: v.company.trim() } : {}),
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
        ...(v.email?.trim() ? { email: v.email.trim() } : {}),
      },
    };
    setSaving(true);
    try {
      await leadsApi.inquire(body, key);
      form.resetFields();
      setKey(newIdempotencyKey());
      onClose();
      notification.success({
        key: SENT_NOTICE,
        title: t('leads.ask.sent'),
        description: booth.data?.enterprise.name,
        actions: (
          <Button
            type="primary"
            size="small"
            onClick={() => {
              notification.destroy(SENT_NOTICE);
              navigate('/my/booth-inquiries');
            }}
          >
            {t('leads.ask.view')}
          </Button>
        ),
      });
    } catch (err) {
      const error = toApiError(err);
      const placeable = (error.details ?? []).filter((d) => FIELD_OF[d.field]);
      if (placeable.length > 0) form.setFields(placeable.map((d) => ({ name: FIELD_OF[d.field], errors: d.problems })));
      else if (error.code === 'LEAD_CONTACT_REQUIRED')
        form.setFields([{ name: 'phone', errors: [t('leads.ask.contactRequired')] }]);
      else showError(err);
    } finally {
      setSaving(false);
    }
  };

  const needOne = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () =>
      String(getFieldValue('phone') ?? '').trim() || String(getFieldValue('email') ?? '').trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('leads.ask.contactRequired'))),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.sm === false ? '100%' : 480}
      title={t('leads.ask.title', { enterprise: booth.data?.enterprise.name ?? '' })}
      className="lf-inquiry-drawer"
      destroyOnHidden
      footer={
        <Button type="primary" block loading={saving} onClick={() => form.submit()} data-testid="inquiry-submit">
          {t('leads.ask.submit')}
        </Button>
      }
    >
      {booth.error ? <ApiErrorAlert error={booth.error} onRetry={booth.reload} /> : null}
      {booth.loading && !booth.data ? <Skeleton active /> : null}
      {booth.data ? (
        <>
          <Typography.Paragraph type="secondary">{t('leads.ask.intro')}</Typography.Paragraph>
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark={false}
            initialValues={{ productId: NO_PRODUCT, name: user?.displayName ?? '', email: user?.email ?? '' }}
            onFinish={(v) => void submit(v)}
          >
            <Form.Item name="productId" label={t('leads.ask.product')}>
              <Select
                data-testid="inquiry-product"
                options={[
                  { value: NO_PRODUCT, label: t('leads.ask.productNone') },
                  ...products.map((p) => ({ value: p.id, label: p.name })),
                ]}
              />
            </Form.Item>
            <Form.Item name="quantity" label={t('leads.ask.quantity')}>
              <InputNumber
                min={1}
                max={LEAD_LIMITS.maxQuantity}
                precision={0}
                suffix={unit}
                className="lf-inquiry-input"
                data-testid="inquiry-quantity"
              />
            </Form.Item>
            <Form.Item
              name="message"
              label={t('leads.ask.message')}
              rules={[{ required: true, whitespace: true, message: t('leads.ask.messageRequired') }]}
            >
              <Input.TextArea
                rows={4}
                maxLength={LEAD_LIMITS.messageChars}
                showCount
                placeholder={t('leads.ask.messagePlaceholder')}
                data-testid="inquiry-message"
              />
            </Form.Item>
            <div className="lf-form-row">
              <Form.Item
                name="name"
                label={t('leads.ask.contactName')}
                rules={[{ required: true, whitespace: true, message: t('leads.ask.contactNameRequired') }]}
              >
                <Input maxLength={LEAD_LIMITS.nameChars} data-testid="inquiry-name" autoComplete="name" />
              </Form.Item>
              <Form.Item name="company" label={t('leads.ask.company')}>
                <Input maxLength={LEAD_LIMITS.companyChars} autoComplete="organization" />
              </Form.Item>
            </div>
            <div className="lf-form-row">
              <Form.Item
                name="phone"
                label={t('leads.ask.phone')}
                dependencies={['email']}
                rules={[{ pattern: PHONE, message: t('leads.ask.phoneInvalid') }, needOne]}
              >
                <Input inputMode="tel" maxLength={24} data-testid="inquiry-phone" autoComplete="tel" />
              </Form.Item>
              <Form.Item
                name="email"
                label={t('leads.ask.email')}
                dependencies={['phone']}
                extra={t('leads.ask.contactHint')}
                rules={[{ type: 'email', message: t('leads.ask.emailInvalid') }, needOne]}
              >
                <Input inputMode="email" maxLength={254} data-testid="inquiry-email" autoComplete="email" />
              </Form.Item>
            </div>
          </Form>
        </>
      ) : null}
    </Drawer>
  );
}
