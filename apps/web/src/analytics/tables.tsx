import type { BoothStatsView, HallStatsView, PathView, RouteLinkView } from '@livefair/protocol';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../utils/money';

const secs = (v: number, t: (k: 'analytics.seconds', o: { value: number }) => string) => t('analytics.seconds', { value: v });

export function BoothStatsTable({ booths }: { booths: BoothStatsView[] }) {
  const { t } = useTranslation();
  return (
    <Table<BoothStatsView>
      rowKey="boothId"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={booths}
      columns={[
        { title: t('analytics.columns.booth'), dataIndex: 'code', fixed: 'left' },
        { title: t('analytics.columns.enterprise'), dataIndex: 'enterpriseName', ellipsis: true },
        { title: t('analytics.kpi.visits'), dataIndex: 'visits', align: 'right' },
        { title: t('analytics.kpi.uniqueVisitors'), dataIndex: 'uniqueVisitors', align: 'right' },
        { title: t('analytics.kpi.repeatVisitors'), dataIndex: 'repeatVisitors', align: 'right' },
        { title: t('analytics.kpi.avgDwell'), dataIndex: 'avgDwellSeconds', align: 'right', render: (v: number) => secs(v, t) },
        {
          title: t('analytics.kpi.medianDwell'),
          dataIndex: 'medianDwellSeconds',
          align: 'right',
          render: (v: number) => secs(v, t),
        },
        { title: t('analytics.kpi.peakConcurrent'), dataIndex: 'peakConcurrent', align: 'right' },
        { title: t('analytics.kpi.watchMinutes'), dataIndex: 'watchMinutes', align: 'right' },
        { title: t('analytics.kpi.inquiries'), dataIndex: 'inquiries', align: 'right' },
        { title: t('analytics.kpi.orders'), dataIndex: 'orders', align: 'right' },
        { title: t('analytics.kpi.orderValue'), dataIndex: 'orderValueFen', align: 'right', render: (v: number) => formatFen(v) },
      ]}
    />
  );
}

export function HallStatsTable({ halls }: { halls: HallStatsView[] }) {
  const { t } = useTranslation();
  return (
    <Table<HallStatsView>
      rowKey="hallId"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={halls}
      columns={[
        { title: t('analytics.columns.hall'), dataIndex: 'name' },
        { title: t('analytics.kpi.visits'), dataIndex: 'visits', align: 'right' },
        { title: t('analytics.kpi.uniqueVisitors'), dataIndex: 'uniqueVisitors', align: 'right' },
        { title: t('analytics.kpi.engaged'), dataIndex: 'engaged', align: 'right' },
        { title: t('analytics.kpi.avgDwell'), dataIndex: 'avgDwellSeconds', align: 'right', render: (v: number) => secs(v, t) },
        { title: t('analytics.kpi.inquiries'), dataIndex: 'inquiries', align: 'right' },
        { title: t('analytics.kpi.orders'), dataIndex: 'orders', align: 'right' },
        { title: t('analytics.kpi.orderValue'), dataIndex: 'orderValueFen', align: 'right', render: (v: number) => formatFen(v) },
      ]}
    />
  );
}

export function RoutesTable({ routes }: { routes: RouteLinkView[] }) {
  const { t } = useTranslation();
  const label = (key: string, text: string) => (key === 'entry' ? t('analytics.entry') : text);
  return (
    <Table<RouteLinkView>
      rowKey={(r) => `${r.from}>${r.to}`}
      size="small"
      pagination={false}
      dataSource={routes}
      locale={{ emptyText: t('analytics.noRoutes') }}
      columns={[
        { title: t('analytics.columns.from'), key: 'from', render: (_: unknown, r) => label(r.from, r.fromLabel) },
        { title: t('analytics.columns.to'), key: 'to', render: (_: unknown, r) => label(r.to, r.toLabel) },
        { title: t('analytics.columns.count'), dataIndex: 'count', align: 'right' },
      ]}
    />
  );
}

export function PathsTable({ paths }: { paths: PathView[] }) {
  const { t } = useTranslation();
  return (
    <Table<PathView>
      rowKey={(p) => p.steps.join('>')}
      size="small"
      pagination={false}
      dataSource={paths}
      locale={{ emptyText: t('analytics.noRoutes') }}
      columns={[
        {
          title: t('analytics.columns.path'),
          key: 'path',
          render: (_: unknown, p) => p.labels.map((l, i) => (p.steps[i] === 'entry' ? t('analytics.entry') : l)).join(' → '),
        },
        { title: t('analytics.columns.count'), dataIndex: 'count', align: 'right' },
      ]}
    />
  );
}
