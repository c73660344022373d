import type { ExpoSummary } from '@livefair/protocol';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ExpoStatusTag } from '../components/ExpoStatusTag';
import { NewExpoButton } from '../expo/components/NewExpoButton';
import { PageTitle } from '../components/PageTitle';
import { useApi } from '../hooks/useApi';
import { formatDateRange } from '../utils/dates';

export default function ConsolePage() {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => endpoints.myExpos(signal), 'my-expos');
  const dates = (expo: ExpoSummary) => formatDateRange(expo.startsAt, expo.endsAt, i18n.language);
  return (
    <div className="lf-container">
      <PageTitle title={t('console.title')} subtitle={t('console.subtitle')} extra={<NewExpoButton />} />
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      <Table<ExpoSummary>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: t('console.empty') }}
        columns={[
          {
            title: t('console.name'),
            dataIndex: 'name',
            render: (name: string, expo) => (
              <>
                <Link to={`/console/expos/${expo.id}`}>{name}</Link>
                {/* Phones hide the date and count columns; show them under the name instead. */}
                <div className="lf-xs-only lf-console-sub">
                  {dates(expo)} · {t('expo.halls', { count: expo.hallCount })} · {t('expo.booths', { count: expo.boothCount })}
                </div>
              </>
            ),
          },
          {
            title: t('console.status'),
            dataIndex: 'status',
            render: (_: unknown, expo) => <ExpoStatusTag status={expo.status} />,
          },
          { title: t('console.dates'), key: 'dates', responsive: ['sm'], render: (_: unknown, expo) => dates(expo) },
          { title: t('console.halls'), dataIndex: 'hallCount', align: 'right', responsive: ['sm'] },
          { title: t('console.booths'), dataIndex: 'boothCount', align: 'right', responsive: ['sm'] },
        ]}
      />
    </div>
  );
}
