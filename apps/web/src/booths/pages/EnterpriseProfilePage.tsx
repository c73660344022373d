import type { EnterpriseProfileView } from '@livefair/protocol';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import '../booths.css';
import { boothsApi, type EnterpriseProfileInput } from '../boothsApi';
import { certificationsOut, CertificationsList } from '../components/CertificationsList';
import { useVocabulary } from '../useVocabulary';

const toForm = (p: EnterpriseProfileView) => ({
  ...p,
  province: p.province || undefined,
  certifications: p.certifications.map((c) => ({ ...c, validUntil: c.validUntil ?? '' })),
});

/** /my/enterprise — the exhibitor's company profile: location, categories, capacity, OEM/ODM, VAT invoices, markets, certificates. */
export default function EnterpriseProfilePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const vocab = useVocabulary();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const { data, error, reload } = useApi((signal) => boothsApi.myEnterprise(signal), 'my-enterprise-profile');
  useEffect(() => {
    if (data) form.setFieldsValue(toForm(data));
  }, [data, form]);
  if (error)
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  if (!data) return <PageLoading />;

  const save = async (v: EnterpriseProfileInput & { province?: string }) => {
    setSaving(true);
    try {
      const saved = await boothsApi.saveMyEnterprise({
        province: v.province ?? '',
        city: (v.city ?? '').trim(),
        categories: v.categories ?? [],
        monthlyCapacity: v.monthlyCapacity ?? null,
        capacityUnit: v.monthlyCapacity == null ? '' : (v.capacityUnit ?? '').trim(),
        oem: !!v.oem,
        odm: !!v.odm,
        vatSpecialInvoice: !!v.vatSpecialInvoice,
        exportMarkets: v.exportMarkets ?? [],
        certifications: certificationsOut(v.certifications),
      });
      form.setFieldsValue(toForm(saved));
      void message.success(t('booths.enterpriseEditor.saved'));
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="lf-container">
      <PageTitle title={t('booths.enterpriseEditor.title')} subtitle={t('booths.enterpriseEditor.subtitle')} />
      <Form form={form} layout="vertical" onFinish={(v) => void save(v as EnterpriseProfileInput)} data-testid="enterprise-form">
        <Card size="small">
          <div className="lf-editor-row">
            <Form.Item name="province" label={t('booths.enterpriseEditor.province')}>
              <Select allowClear showSearch optionFilterProp="label" options={vocab.provinceOptions} data-testid="province" />
            </Form.Item>
            <Form.Item name="city" label={t('booths.enterpriseEditor.city')}>
              <Input maxLength={32} />
            </Form.Item>
          </div>
          <Form.Item
            name="categories"
            label={t('booths.enterpriseEditor.categories')}
            extra={t('booths.enterpriseEditor.categoriesHint')}
          >
            <Select mode="tags" maxCount={10} tokenSeparators={[',', ' ']} open={false} />
          </Form.Item>
          <div className="lf-editor-row">
            <Form.Item name="monthlyCapacity" label={t('booths.enterpriseEditor.capacity')}>
              <InputNumber min={0} max={2_000_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="capacityUnit" label={t('booths.enterpriseEditor.capacityUnit')}>
              <Input maxLength={16} placeholder="件 / 套 / 吨" />
            </Form.Item>
          </div>
          <Space wrap size={[24, 0]}>
            <Form.Item name="oem" valuePropName="checked">
              <Checkbox>{t('booths.enterpriseEditor.oem')}</Checkbox>
            </Form.Item>
            <Form.Item name="odm" valuePropName="checked">
              <Checkbox>{t('booths.enterpriseEditor.odm')}</Checkbox>
            </Form.Item>
            <Form.Item name="vatSpecialInvoice" valuePropName="checked">
              <Checkbox>{t('booths.enterpriseEditor.vat')}</Checkbox>
            </Form.Item>
          </Space>
          <Form.Item name="exportMarkets" label={t('booths.enterpriseEditor.exportMarkets')}>
            <Select mode="multiple" maxCount={60} showSearch optionFilterProp="label" options={vocab.countryOptions} />
          </Form.Item>
          <Form.Item label={t('booths.enterpriseEditor.certifications')}>
            <CertificationsList name="certifications" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-enterprise">
            {t('booths.enterpriseEditor.save')}
          </Button>
        </Card>
      </Form>
    </div>
  );
}
