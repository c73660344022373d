import { EyeOutlined, PlayCircleOutlined } from '@ant-design/icons';
import type { ScheduleEntryView } from '@livefair/protocol';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { LIVE_STATUS_POLL_MS, usePolled } from '../../hooks/usePolled';
import { formatDateTime } from '../../utils/dates';
import { expoApi } from '../expoApi';
import '../expo.css';

const FIRST = 5;

function timeOf(e: ScheduleEntryView, lang: string): string {
  const end = new Date(e.endsAt).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'zh-CN', { hour: '2-digit', minute: '2-digit' });
  return `${formatDateTime(e.startsAt, lang)} – ${end}`;
}

function Entry({ e }: { e: ScheduleEntryView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const live = e.status === 'live';
  const hall = lang === 'en' && e.hallNameEn ? e.hallNameEn : e.hallName;
  return (
    <List.Item
      data-testid="schedule-entry"
      data-status={e.status}
      actions={[
        live ? (
          <Link key="watch" to={`/watch/${e.sessionId}`}>
            <Button type="primary" danger size="small" icon={<PlayCircleOutlined />}>
              {t('expoConsole.schedule.watch')}
            </Button>
          </Link>
        ) : (
          <Link key="booth" to={`/booths/${e.boothId}`}>
            <Button size="small">{t('expoConsole.schedule.booth')}</Button>
          </Link>
        ),
      ]}
    >
      <div className="lf-schedule-entry">
        <Space wrap size={[8, 2]}>
          {live ? <Tag color="red">{t('expoConsole.map.live')}</Tag> : null}
          <Typography.Text strong>{e.title}</Typography.Text>
          {live && e.viewers != null ? (
            <Typography.Text type="secondary">
              <EyeOutlined /> {t('expoConsole.map.viewers', { count: e.viewers })}
            </Typography.Text>
          ) : null}
        </Space>
        <div className="lf-muted">
          {timeOf(e, lang)}
          <span aria-hidden> · </span>
          <Link to={`/booths/${e.boothId}`}>
            {hall} {e.boothCode} {e.enterpriseName}
          </Link>
        </div>
      </div>
    </List.Item>
  );
}

/**
 * Buyers' schedule of the expo: sessions live now first, then those to come; live ones open the
 * room, others the booth. Re-read every 30 s while the tab is visible.
 */
export function ExpoSchedule({ expoId }: { expoId: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const { data } = usePolled((s) => expoApi.publicSchedule(expoId, s), `public-schedule:${expoId}`, LIVE_STATUS_POLL_MS);
  if (!data?.length) return null;
  const ordered = [...data.filter((e) => e.status === 'live'), ...data.filter((e) => e.status !== 'live')];
  const shown = all ? ordered : ordered.slice(0, FIRST);
  const liveCount = data.filter((e) => e.status === 'live').length;
  return (
    <Card
      size="small"
      className="lf-expo-schedule"
      data-testid="expo-schedule"
      title={
        <Space size={8} wrap>
          {t('expoConsole.schedule.title')}
          {liveCount ? <Tag color="red">{t('expoConsole.schedule.liveNow', { count: liveCount })}</Tag> : null}
        </Space>
      }
    >
      <List size="small" dataSource={shown} renderItem={(e) => <Entry e={e} />} />
      {ordered.length > FIRST ? (
        <Button type="link" onClick={() => setAll(!all)}>
          {all ? t('expoConsole.schedule.less') : t('expoConsole.schedule.all', { count: ordered.length })}
        </Button>
      ) : null}
    </Card>
  );
}
