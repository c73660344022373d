import type { AnnouncementView } from '@livefair/protocol';
import { App, Button, Form, Input, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { formatDateTime } from '../../utils/dates';
import { expoApi } from '../expoApi';

interface AnnouncementForm {
  title: string;
  titleEn?: string;
  body?: string;
}

export function AnnouncementsTab({ expoId, readOnly }: { expoId: string; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [version, setVersion] = useState(0);
  const list = useApi((s) => expoApi.announcements(expoId, s), `announcements:${expoId}:${version}`);
  const [form] = Form.useForm<AnnouncementForm>();
  const submit = async (v: AnnouncementForm) => {
    try {
      await expoApi.announce(expoId, v);
      void message.success(t('expoConsole.announcements.published'));
      form.resetFields();
      setVersion((x) => x + 1);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <>
      {readOnly ? null : (
        <Form<AnnouncementForm> form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 640 }}>
          <Form.Item
            name="title"
            label={t('expoConsole.announcements.title')}
            rules={[{ required: true, message: t('expoConsole.form.required', { field: t('expoConsole.announcements.title') }) }]}
          >
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="titleEn" label={t('expoConsole.announcements.titleEn')}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="body" label={t('expoConsole.announcements.body')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('expoConsole.announcements.publish')}
          </Button>
        </Form>
      )}
      {list.error ? <ApiErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <List<AnnouncementView>
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('expoConsole.announcements.empty') }}
        renderItem={(a) => (
          <List.Item>
            <List.Item.Meta
              title={i18n.language === 'en' && a.titleEn ? a.titleEn : a.title}
              description={`${formatDateTime(a.publishedAt, i18n.language)}${a.body ? ` · ${a.body}` : ''}`}
            />
          </List.Item>
        )}
      />
    </>
  );
}
