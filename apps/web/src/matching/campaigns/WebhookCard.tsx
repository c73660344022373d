import type { CampaignView } from '@livefair/protocol';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { applyFieldErrors } from '../../auth/formErrors';
import { useShowApiError } from '../../hooks/useShowApiError';
import { campaignsApi } from './campaignsApi';

/** The campaign's webhook: URL and signing secret (never shown again once saved), or remove it. */
export function WebhookCard({ campaign, onChanged }: { campaign: CampaignView; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [form] = Form.useForm<{ url: string; secret: string }>();
  const [busy, setBusy] = useState(false);
  const save = async (v: { url: string; secret: string }) => {
    setBusy(true);
    try {
      await campaignsApi.setWebhook(campaign.id, { url: v.url.trim(), secret: v.secret });
      form.resetFields(['secret']);
      void message.success(t('campaigns.webhook.saved'));
      onChanged();
    } catch (err) {
      if (!applyFieldErrors(form, err, ['url', 'secret'])) showError(err);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    try {
      await campaignsApi.clearWebhook(campaign.id);
      void message.success(t('campaigns.webhook.removed'));
      onChanged();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Card size="small" title={t('campaigns.webhook.title')}>
      <Typography.Paragraph type="secondary" className="lf-campaign-text">
        {t('campaigns.webhook.help')}
      </Typography.Paragraph>
      <Typography.Paragraph className="lf-campaign-text">
        {campaign.webhook ? t('campaigns.webhook.current', { url: campaign.webhook.url }) : t('campaigns.webhook.none')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void save(v)}
        initialValues={{ url: campaign.webhook?.url }}
      >
        <Form.Item
          name="url"
          label={t('campaigns.webhook.url')}
          rules={[{ required: true, message: t('campaigns.webhook.urlRequired') }]}
        >
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
        <Form.Item
          name="secret"
          label={t('campaigns.webhook.secret')}
          rules={[{ required: true, min: 16, message: t('campaigns.webhook.secretRequired') }]}
        >
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('campaigns.webhook.save')}
          </Button>
          {campaign.webhook ? (
            <Button danger onClick={() => void remove()}>
              {t('campaigns.webhook.remove')}
            </Button>
          ) : null}
        </Space>
      </Form>
    </Card>
  );
}
