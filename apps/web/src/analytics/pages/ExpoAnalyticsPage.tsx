import { Breadcrumb, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../utils/dates';
import { formatFen } from '../../utils/money';
import '../analytics.css';
import { analyticsApi } from '../analyticsApi';
import { FunnelView } from '../charts/FunnelView';
import { HourlyChart } from '../charts/HourlyChart';
import { RouteSankey } from '../charts/RouteSankey';
import { TopBoothsChart } from '../charts/TopBoothsChart';
import { CsvButton } from '../CsvButton';
import { Kpis } from '../Kpis';
import { BoothStatsTable, HallStatsTable, PathsTable, RoutesTable } from '../tables';
import { usePolled } from '../../hooks/usePolled';

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The organizer's dashboard of one expo: aggregates only, refreshed every 5 s. */
export default function ExpoAnalyticsPage() {
  const { expoId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error, reload } = usePolled((signal) => analyticsApi.expo(expoId, signal), `expo-analytics:${expoId}`);
  if (error && !data)
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  if (!data) return <PageLoading />;
  const moves = data.routes.filter((r) => r.from.startsWith('booth:') && r.to.startsWith('booth:'));
  return (
    <div className="lf-container lf-analytics">
      <Breadcrumb
        className="lf-breadcrumb"
        items={[{ title: <Link to="/console">{t('nav.console')}</Link> }, { title: data.expoName }]}
      />
      <PageTitle
        title={t('analytics.expoTitle', { name: data.expoName })}
        subtitle={t('analytics.expoSubtitle', { tz: TZ })}
        extra={<CsvButton path={`/analytics/expos/${expoId}/booths.csv`} filename={`expo-booths-${expoId.slice(0, 8)}.csv`} />}
      />
      <Typography.Text type="secondary" className="lf-analytics-updated">
        {data.freshness.updatedAt
          ? t('analytics.updated', { time: formatDateTime(data.freshness.updatedAt, i18n.language) })
          : t('analytics.notYet')}
      </Typography.Text>
      <Kpis
        items={[
          { label: t('analytics.kpi.visits'), value: data.totals.visits },
          { label: t('analytics.kpi.uniqueVisitors'), value: data.totals.uniqueVisitors },
          { label: t('analytics.kpi.repeatVisitors'), value: data.totals.repeatVisitors },
          { label: t('analytics.kpi.engaged'), value: data.totals.engaged },
          { label: t('analytics.kpi.inquiries'), value: data.totals.inquiries },
          { label: t('analytics.kpi.orders'), value: data.totals.orders },
          { label: t('analytics.kpi.orderValue'), value: formatFen(data.totals.orderValueFen) },
          { label: t('analytics.kpi.watchMinutes'), value: data.totals.watchMinutes },
        ]}
      />
      <Card title={t('analytics.charts.byHour')} size="small">
        <HourlyChart points={data.byHour} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('analytics.charts.funnel')} size="small">
            <FunnelView funnel={data.totals} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('analytics.charts.topBooths')} size="small">
            <TopBoothsChart booths={data.topBooths} />
          </Card>
        </Col>
      </Row>
      <Card title={t('analytics.charts.routes')} size="small">
        <RouteSankey routes={data.routes} />
      </Card>
      <Card title={t('analytics.charts.byHall')} size="small">
        <HallStatsTable halls={data.byHall} />
      </Card>
      <Card title={t('analytics.charts.topBooths')} size="small">
        <BoothStatsTable booths={data.topBooths} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('analytics.charts.transitions')} size="small">
            <RoutesTable routes={moves} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('analytics.charts.paths')} size="small">
            <PathsTable paths={data.paths} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
