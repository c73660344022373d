import type { LiveSessionView } from '@livefair/protocol';
import { Button, DatePicker, Form, Input, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useShowApiError } from '../../hooks/useShowApiError';
import { liveApi } from '../liveApi';

interface Values {
  title: string;
  scheduledAt?: Dayjs | null;
  allowAnonymous: boolean;
}

export function CreateSessionForm({ boothId, onCreated }: { boothId: string; onCreated: (session: LiveSessionView) => void }) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const session = await liveApi.create(boothId, {
        title: values.title.trim(),
        allowAnonymous: values.allowAnonymous,
        ...(values.scheduledAt ? { scheduledAt: values.scheduledAt.toDate().toISOString() } : {}),
      });
      form.resetFields();
      onCreated(session);
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ allowAnonymous: true }}
      onFinish={(v) => void submit(v)}
      requiredMark={false}
    >
      <Form.Item
        name="title"
        label={t('live.studio.titleLabel')}
        rules={[{ required: true, whitespace: true, message: t('live.studio.titleRequired') }]}
      >
        <Input maxLength={120} placeholder={t('live.studio.titlePlaceholder')} data-testid="session-title" />
      </Form.Item>
      <Form.Item name="scheduledAt" label={t('live.studio.time')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" className="lf-full-width" inputReadOnly />
      </Form.Item>
      <Form.Item name="allowAnonymous" label={t('live.studio.allowAnonymous')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} block data-testid="create-session">
        {t('live.studio.createSubmit')}
      </Button>
    </Form>
  );
}
