import type { CalendarEntryView, ExpoConsoleView } from '@livefair/protocol';
import { App, Button, Empty, Form, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { expoApi } from '../expoApi';
import { fromWallTime, toWallTime } from '../zonedTime';
import { useHallMaps } from './useHallMaps';

interface ScheduleForm {
  boothId: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

/** The day (in the expo's zone) and the time of day of an instant. */
function dayAndTime(iso: string, tz: string): [string, string] {
  const wall = toWallTime(iso, tz);
  return [wall.slice(0, 10), wall.slice(11, 16)];
}

/** The expo calendar: schedule a booth's live session (conflicts refused with their code) and the timeline by day. */
export function CalendarTab({ expo, readOnly }: { expo: ExpoConsoleView; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [version, setVersion] = useState(0);
  const entries = useApi((s) => expoApi.calendar(expo.id, s), `calendar:${expo.id}:${version}`);
  const maps = useHallMaps(expo.id, 0);
  const [form] = Form.useForm<ScheduleForm>();
  const tz = expo.timeZone;
  const hallName = new Map((maps.data ?? []).map((m) => [m.hall.id, m.hall.name]));
  const booths = (maps.data ?? []).flatMap((m) =>
    m.slots
      .filter((s) => s.booth)
      .map((s) => ({ value: s.booth!.id, label: `${m.hall.name} · ${s.code} · ${s.booth!.enterpriseName}` })),
  );

  const submit = async (v: ScheduleForm) => {
    try {
      await expoApi.schedule(expo.id, { ...v, startsAt: fromWallTime(v.startsAt, tz), endsAt: fromWallTime(v.endsAt, tz) });
      void message.success(t('expoConsole.calendar.scheduled'));
      setVersion((x) => x + 1);
    } catch (err) {
      showError(err);
    }
  };

  const byDay = new Map<string, CalendarEntryView[]>();
  for (const e of entries.data ?? []) {
    const [day] = dayAndTime(e.startsAt, tz);
    byDay.set(day, [...(byDay.get(day) ?? []), e]);
  }

  return (
    <>
      {readOnly ? null : booths.length === 0 && !maps.loading ? (
        <Typography.Paragraph type="secondary">{t('expoConsole.calendar.noBooths')}</Typography.Paragraph>
      ) : readOnly ? null : (
        <Form<ScheduleForm> form={form} layout="inline" className="lf-console-toolbar" onFinish={(v) => void submit(v)}>
          <Form.Item name="boothId" rules={[{ required: true, message: t('expoConsole.calendar.booth') }]}>
            <Select placeholder={t('expoConsole.calendar.booth')} options={booths} style={{ minWidth: 220 }} />
          </Form.Item>
          <Form.Item name="title" rules={[{ required: true, message: t('expoConsole.calendar.title') }]}>
            <Input placeholder={t('expoConsole.calendar.title')} maxLength={120} />
          </Form.Item>
          <Form.Item
            name="startsAt"
            label={t('expoConsole.calendar.startsAt')}
            rules={[{ required: true, message: t('expoConsole.calendar.startsAt') }]}
          >
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={t('expoConsole.calendar.endsAt')}
            rules={[{ required: true, message: t('expoConsole.calendar.endsAt') }]}
          >
            <Input type="datetime-local" />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('expoConsole.calendar.schedule')}
          </Button>
        </Form>
      )}
      <Typography.Text type="secondary">{t('expoConsole.calendar.inZone', { tz })}</Typography.Text>
      {entries.error ? <ApiErrorAlert error={entries.error} onRetry={entries.reload} /> : null}
      {byDay.size === 0 && !entries.loading ? <Empty description={t('expoConsole.calendar.empty')} /> : null}
      {[...byDay.entries()].map(([day, list]) => {
        // The day's bars share one axis, from its first start to its last end.
        const from = Math.min(...list.map((e) => Date.parse(e.startsAt)));
        const span = Math.max(...list.map((e) => Date.parse(e.endsAt))) - from || 1;
        return (
          <div key={day} data-testid="calendar-day">
            <div className="lf-calendar-day">{day}</div>
            {list.map((e) => (
              <div key={e.id} className="lf-timeline-row">
                <span className="lf-timeline-track" aria-hidden>
                  <span
                    className="lf-timeline-bar"
                    style={{
                      left: `${((Date.parse(e.startsAt) - from) / span) * 100}%`,
                      width: `${((Date.parse(e.endsAt) - Date.parse(e.startsAt)) / span) * 100}%`,
                    }}
                  />
                </span>
                <span className="lf-timeline-time">
                  {dayAndTime(e.startsAt, tz)[1]} – {dayAndTime(e.endsAt, tz)[1]}
                </span>
                <Tag>{hallName.get(e.hallId) ?? ''}</Tag>
                <span>
                  {e.boothCode} · {e.enterpriseName}
                </span>
                <Typography.Text type="secondary">{e.title}</Typography.Text>
              </div>
            ))}
          </div>
        );
      })}
    </>
  );
}
