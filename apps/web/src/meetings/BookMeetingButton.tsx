import { PlusOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Form, Grid, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

import { useAuth } from '../auth/useAuth';
import { useShowApiError } from '../hooks/useShowApiError';
import { localZone } from './format';
import { meetingsApi } from './meetingsApi';
import './meetings.css';

interface FormValues {
  topic: string;
  message?: string;
  duration: number;
  slots: { start: Dayjs | null }[];
}

const DURATIONS = [15, 30, 45, 60, 90];

/**
 * 预约视频洽谈 on a booth page (buyers): a drawer with a topic and one to five start times in the
 * buyer's own zone, sent as UTC. Visitors are asked to log in; exhibitors and organizers see nothing.
 */
export function BookMeetingButton({ enterpriseId, enterpriseName }: { enterpriseId: string; enterpriseName: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const showError = useShowApiError();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<FormValues>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  if (user && user.role !== 'buyer') return null;

  const submit = async (v: FormValues) => {
    setSaving(true);
    try {
      await meetingsApi.propose({
        enterpriseId,
        topic: v.topic,
        message: v.message || undefined,
        slots: v.slots
          .filter((s) => s.start)
          .map((s) => ({
            startsAt: s.start!.second(0).millisecond(0).toISOString(),
            endsAt: s.start!.second(0).millisecond(0).add(v.duration, 'minute').toISOString(),
          })),
      });
      void message.success(t('meetings.book.sent'));
      setOpen(false);
      form.resetFields();
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="lf-meet-book">
      <Button
        icon={<VideoCameraOutlined />}
        onClick={() => (user ? setOpen(true) : navigate('/login', { state: { from: location.pathname } }))}
        title={user ? undefined : t('meetings.book.loginToBook')}
        data-testid="book-meeting-button"
      >
        {t('meetings.book.button')}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        size={screens.sm === false ? '100%' : 480}
        title={t('meetings.book.title', { enterprise: enterpriseName })}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('meetings.book.intro')}</Typography.Paragraph>
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={{ duration: 30, slots: [{ start: null }] }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="topic"
            label={t('meetings.book.topic')}
            rules={[{ required: true, whitespace: true, message: t('meetings.book.topicRequired') }]}
          >
            <Input maxLength={200} placeholder={t('meetings.book.topicPlaceholder')} data-testid="meeting-topic" />
          </Form.Item>
          <Form.Item name="duration" label={t('meetings.book.duration')}>
            <Select options={DURATIONS.map((m) => ({ value: m, label: t('meetings.book.minutes', { count: m }) }))} />
          </Form.Item>
          <Form.List name="slots">
            {(fields, { add }) => (
              <Form.Item label={t('meetings.book.slots')} extra={t('meetings.book.zone', { zone: localZone() })}>
                <Space direction="vertical" style={{ width: '100%' }}>
                  {fields.map((field) => (
                    <Form.Item
                      key={field.key}
                      name={[field.name, 'start']}
                      noStyle={false}
                      style={{ marginBottom: 0 }}
                      rules={[{ required: true, message: t('meetings.book.slotRequired') }]}
                    >
                      <DatePicker
                        showTime={{ format: 'HH:mm', minuteStep: 15 }}
                        format="YYYY-MM-DD HH:mm"
                        disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
                        style={{ width: '100%' }}
                        data-testid={`meeting-slot-${field.name}`}
                      />
                    </Form.Item>
                  ))}
                  {fields.length < 5 ? (
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ start: null })} block>
                      {t('meetings.book.addSlot')}
                    </Button>
                  ) : null}
                </Space>
              </Form.Item>
            )}
          </Form.List>
          <Form.Item name="message" label={t('meetings.book.message')}>
            <Input.TextArea maxLength={1000} rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} block data-testid="meeting-submit">
            {t('meetings.book.submit')}
          </Button>
        </Form>
      </Drawer>
    </div>
  );
}
