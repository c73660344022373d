import type { MeetingStatus } from '@livefair/protocol';
import { Empty, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useAuth } from '../../auth/useAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { MeetingCard } from '../MeetingCard';
import { meetingsApi } from '../meetingsApi';
import '../meetings.css';

const FILTERS: (MeetingStatus | 'all')[] = ['all', 'proposed', 'accepted', 'declined', 'cancelled'];

/** 我的洽谈: a buyer's meeting requests, or an exhibitor enterprise's, with their steps. */
export default function MyMeetingsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [filter, setFilter] = useState<MeetingStatus | 'all'>('all');
  const status = filter === 'all' ? undefined : filter;
  const { data, error, loading, reload } = useApi((signal) => meetingsApi.mine(status, signal), `meetings:${filter}`);
  const side = user?.role === 'exhibitor' ? 'exhibitor' : 'buyer';
  return (
    <div className="lf-container">
      <PageTitle title={t('meetings.list.title')} subtitle={t('meetings.list.intro')} />
      <Segmented
        style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
        value={filter}
        onChange={(v) => setFilter(v as MeetingStatus | 'all')}
        options={FILTERS.map((f) => ({
          value: f,
          label: f === 'all' ? t('meetings.list.filterAll') : t(`meetings.status.${f}`),
        }))}
      />
      {error ? <ApiErrorAlert error={error} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data && data.length === 0 ? <Empty description={t('meetings.list.empty')} /> : null}
      {data?.map((m) => (
        <MeetingCard key={m.id} m={m} side={side} onChange={reload} />
      ))}
    </div>
  );
}
