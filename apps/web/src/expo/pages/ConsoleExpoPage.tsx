import { BarChartOutlined } from '@ant-design/icons';
import type { ExpoConsoleView } from '@livefair/protocol';
import { Alert, App, Breadcrumb, Button, Popconfirm, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ExpoStatusTag } from '../../components/ExpoStatusTag';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { AnnouncementsTab } from '../components/AnnouncementsTab';
import { ApplicationsTab } from '../components/ApplicationsTab';
import { BasicsTab } from '../components/BasicsTab';
import { CalendarTab } from '../components/CalendarTab';
import { CategoriesTab } from '../components/CategoriesTab';
import { HallsTab } from '../components/HallsTab';
import { expoApi } from '../expoApi';
import { formatInZone } from '../zonedTime';
import '../expo.css';

function StatusActions({ expo, onChange }: { expo: ExpoConsoleView; onChange(e: ExpoConsoleView): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const move = async (status: 'open' | 'closed') => {
    try {
      onChange(await expoApi.setStatus(expo.id, status));
      void message.success(t(status === 'open' ? 'expoConsole.published' : 'expoConsole.closed'));
    } catch (err) {
      showError(err);
    }
  };
  if (expo.status === 'draft') {
    return (
      <Popconfirm title={t('expoConsole.publishConfirm')} onConfirm={() => void move('open')}>
        <Button type="primary">{t('expoConsole.publish')}</Button>
      </Popconfirm>
    );
  }
  if (expo.status === 'closed') return null;
  return (
    <Popconfirm title={t('expoConsole.closeConfirm')} onConfirm={() => void move('closed')}>
      <Button danger>{t('expoConsole.close')}</Button>
    </Popconfirm>
  );
}

/** One expo in the organizer console: basics, categories, halls and maps, applications, calendar, announcements. */
export default function ConsoleExpoPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useApi((s) => expoApi.expo(id, s), `console-expo:${id}`);
  const [edited, setEdited] = useState<ExpoConsoleView | null>(null);
  // The open tab is in the URL (?tab=halls): a reload or a shared link opens the same tab.
  const [search, setSearch] = useSearchParams();
  const expo = edited?.id === id ? edited : data;
  if (error) {
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  }
  if (loading || !expo) return <PageLoading />;
  const readOnly = expo.status === 'closed';
  const dates = `${formatInZone(expo.startsAt, expo.timeZone, i18n.language)} – ${formatInZone(expo.endsAt, expo.timeZone, i18n.language)} (${expo.timeZone})`;
  return (
    <div className="lf-container">
      <Breadcrumb
        items={[{ title: <Link to="/console">{t('nav.console')}</Link> }, { title: expo.name }]}
        className="lf-breadcrumb"
      />
      <PageTitle
        title={expo.name}
        subtitle={dates}
        extra={
          <Space wrap>
            <ExpoStatusTag status={expo.status} />
            <StatusActions expo={expo} onChange={setEdited} />
            {expo.status !== 'draft' ? <Link to={`/expos/${expo.id}`}>{t('expo.enter')}</Link> : null}
            <Link to={`/console/expos/${expo.id}/analytics`}>
              <BarChartOutlined /> {t('expoConsole.analytics')}
            </Link>
          </Space>
        }
      />
      {readOnly ? <Alert type="info" showIcon className="lf-expo-notice" title={t('expoConsole.closedNotice')} /> : null}
      {expo.status === 'draft' ? (
        <Alert type="warning" showIcon className="lf-expo-notice" title={t('expoConsole.draftNotice')} />
      ) : null}
      <Tabs
        destroyOnHidden
        activeKey={search.get('tab') ?? 'basics'}
        onChange={(tab) => setSearch({ tab }, { replace: true })}
        items={[
          { key: 'basics', label: t('expoConsole.tabs.basics'), children: <BasicsTab expo={expo} onSaved={setEdited} /> },
          {
            key: 'categories',
            label: t('expoConsole.tabs.categories'),
            children: <CategoriesTab expoId={expo.id} readOnly={readOnly} />,
          },
          { key: 'halls', label: t('expoConsole.tabs.halls'), children: <HallsTab expoId={expo.id} readOnly={readOnly} /> },
          {
            key: 'applications',
            label: t('expoConsole.tabs.applications'),
            children: <ApplicationsTab expoId={expo.id} readOnly={readOnly} />,
          },
          { key: 'calendar', label: t('expoConsole.tabs.calendar'), children: <CalendarTab expo={expo} readOnly={readOnly} /> },
          {
            key: 'announcements',
            label: t('expoConsole.tabs.announcements'),
            children: <AnnouncementsTab expoId={expo.id} readOnly={readOnly} />,
          },
        ]}
      />
    </div>
  );
}
