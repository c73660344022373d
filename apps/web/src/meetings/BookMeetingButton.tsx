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
  slots: { day: Dayjs | null; time: string | null }[];
}

/** Start times a slot may take, every quarter hour (a phone-sized list, unlike a date-time panel). */
const TIMES = Array.from(
  { length: 96 },
  (_, i) => `${String(Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`,
);

/** The local day and "HH:mm" as an instant. */
const startOf = (s: { day: Dayjs | null; time: string | null }): Dayjs | null => {
  if (!s.day || !s.time) return null;
  const [h, m] = s.time.split(':').map(Number);
  return s.day.hour(h).minute(m).second(0).millisecond(0);
};

const DURATIONS = [15, 30, 45, 60, 90];

/**
 * 预约视频洽谈 on a booth page (buyers): a drawer with a topic and one to five start times in the
 * buyer's own zone, sent as UTC. Visitors are asked to log in; exhibitors and organizers see nothing.
 */
/** `demandId`: the purchase need the meeting is about, when booked from a matching suggestion. */
export function BookMeetingButton({
  enterpriseId,
  enterpriseName,
  demandId,
}: {
  enterpriseId: string;
  enterpriseName: string;
  demandId?: string;
}) {
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
        demandId,
        topic: v.topic,
        message: v.message || undefined,
        slots: v.slots
          .map(startOf)
          .filter((d): d is Dayjs => !!d)
          .map((d) => ({ startsAt: d.toISOString(), endsAt: d.add(v.duration, 'minute').toISOString() })),
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
          initialValues={{ duration: 30, slots: [{ day: null, time: null }] }}
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
                    <Space.Compact key={field.key} style={{ width: '100%' }}>
                      <Form.Item
                        name={[field.name, 'day']}
                        noStyle
                        rules={[{ required: true, message: t('meetings.book.slotRequired') }]}
                      >
                        <DatePicker
                          format="YYYY-MM-DD"
                          inputReadOnly={!!screens.xs}
                          disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
                          style={{ width: '60%' }}
                          data-testid={`meeting-day-${field.name}`}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'time']}
                        noStyle
                        rules={[{ required: true, message: t('meetings.book.slotRequired') }]}
                      >
                        <Select
                          showSearch
                          placeholder="HH:mm"
                          options={TIMES.map((time) => ({ value: time, label: time }))}
                          style={{ width: '40%' }}
                          data-testid={`meeting-time-${field.name}`}
                        />
                      </Form.Item>
                    </Space.Compact>
                  ))}
                  {fields.length < 5 ? (
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ day: null, time: null })} block>
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
