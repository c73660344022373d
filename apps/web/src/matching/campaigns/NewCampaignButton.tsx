import { PlusOutlined } from '@ant-design/icons';
import { CN_PROVINCES } from '@livefair/protocol';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { endpoints } from '../../api/endpoints';
import { applyFieldErrors } from '../../auth/formErrors';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { matchingApi } from '../matchingApi';
import { campaignsApi } from './campaignsApi';

interface Values {
  name: string;
  scope: 'expo' | 'region';
  expoId?: string;
  provinces?: string[];
  categoryCodes?: string[];
  window: [Dayjs, Dayjs];
}

/** Opens the form of a new campaign (an expo of the organizer's, or provinces), then its dashboard. */
export function NewCampaignButton() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form) ?? 'expo';
  const expos = useApi((signal) => endpoints.myExpos(signal), open ? 'campaign-expos' : null);
  const vocabulary = useApi((signal) => matchingApi.vocabulary(signal), open ? 'campaign-vocabulary' : null);
  const en = i18n.language.startsWith('en');

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const created = await campaignsApi.create({
        name: v.name.trim(),
        scope: v.scope,
        ...(v.scope === 'expo' ? { expoId: v.expoId } : { provinces: v.provinces }),
        ...(v.categoryCodes?.length ? { categoryCodes: v.categoryCodes } : {}),
        startsAt: v.window[0].startOf('day').toDate().toISOString(),
        endsAt: v.window[1].endOf('day').add(1, 'millisecond').toDate().toISOString(),
      });
      void message.success(t('campaigns.create.created'));
      setOpen(false);
      navigate(`/console/campaigns/${created.id}`);
    } catch (err) {
      if (!applyFieldErrors(form, err, ['name', 'expoId', 'provinces', 'categoryCodes'])) showError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-campaign">
        {t('campaigns.create.button')}
      </Button>
      <Modal open={open} title={t('campaigns.create.title')} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ scope: 'expo' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="name"
            label={t('campaigns.create.name')}
            rules={[{ required: true, whitespace: true, message: t('campaigns.create.nameRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="scope" label={t('campaigns.create.scope')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'expo', label: t('campaigns.create.scopeExpo') },
                { value: 'region', label: t('campaigns.create.scopeRegion') },
              ]}
            />
          </Form.Item>
          {scope === 'expo' ? (
            <Form.Item
              name="expoId"
              label={t('campaigns.create.expo')}
              rules={[{ required: true, message: t('campaigns.create.expoRequired') }]}
            >
              <Select
                loading={expos.loading}
                options={(expos.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
                data-testid="campaign-expo"
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="provinces"
              label={t('campaigns.create.provinces')}
              rules={[{ required: true, type: 'array', min: 1, message: t('campaigns.create.provincesRequired') }]}
            >
              <Select mode="multiple" options={CN_PROVINCES.map((p) => ({ value: p, label: p }))} />
            </Form.Item>
          )}
          <Form.Item name="categoryCodes" label={t('campaigns.create.categories')}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('campaigns.create.categoriesPlaceholder')}
              optionFilterProp="label"
              maxCount={20}
              options={(vocabulary.data?.categories ?? []).map((c) => ({
                value: c.code,
                label: `${c.parent ? '　' : ''}${en ? c.en : c.zh}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="window"
            label={t('campaigns.create.window')}
            rules={[{ required: true, message: t('campaigns.create.windowRequired') }]}
          >
            <DatePicker.RangePicker style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={saving} data-testid="campaign-submit">
            {t('campaigns.create.submit')}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
