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
import { Chart } from '../charts/Chart';
import { FunnelView } from '../charts/FunnelView';
import { HourlyChart } from '../charts/HourlyChart';
import { CsvButton } from '../CsvButton';
import { Kpis } from '../Kpis';
import { RoutesTable } from '../tables';
import { usePolled } from '../../hooks/usePolled';

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The exhibitor's dashboard of its own booth, refreshed every 5 s. */
export default function BoothAnalyticsPage() {
  const { boothId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error, reload } = usePolled((signal) => analyticsApi.booth(boothId, signal), `booth-analytics:${boothId}`);
  if (error && !data)
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  if (!data) return <PageLoading />;
  const b = data.booth;
  const secs = (v: number) => t('analytics.seconds', { value: v });
  return (
    <div className="lf-container lf-analytics">
      <Breadcrumb
        className="lf-breadcrumb"
        items={[{ title: <Link to="/my/booths">{t('nav.myBooths')}</Link> }, { title: b.code }]}
      />
      <PageTitle
        title={t('analytics.boothTitle', { code: b.code, name: b.enterpriseName })}
        subtitle={t('analytics.boothSubtitle', { tz: TZ })}
        extra={<CsvButton path={`/analytics/booths/${boothId}/hours.csv`} filename={`booth-${b.code}-hours.csv`} />}
      />
      <Typography.Text type="secondary" className="lf-analytics-updated">
        {data.freshness.updatedAt
          ? t('analytics.updated', { time: formatDateTime(data.freshness.updatedAt, i18n.language) })
          : t('analytics.notYet')}
      </Typography.Text>
      <Kpis
        items={[
          { label: t('analytics.kpi.visits'), value: b.visits },
          { label: t('analytics.kpi.uniqueVisitors'), value: b.uniqueVisitors },
          { label: t('analytics.kpi.repeatVisitors'), value: b.repeatVisitors },
          { label: t('analytics.kpi.avgDwell'), value: secs(b.avgDwellSeconds) },
          { label: t('analytics.kpi.medianDwell'), value: secs(b.medianDwellSeconds) },
          { label: t('analytics.kpi.peakConcurrent'), value: b.peakConcurrent },
          { label: t('analytics.kpi.watchMinutes'), value: b.watchMinutes },
          { label: t('analytics.kpi.orderValue'), value: formatFen(b.orderValueFen) },
        ]}
      />
      <Card title={t('analytics.charts.byHour')} size="small">
        <HourlyChart points={data.byHour} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('analytics.charts.funnel')} size="small">
            <FunnelView funnel={b} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('analytics.charts.frequency')} size="small">
            <Chart
              testId="chart-frequency"
              height={260}
              option={{
                tooltip: { trigger: 'axis' },
                grid: { left: 40, right: 16, top: 20, bottom: 30 },
                xAxis: { type: 'category', data: data.frequency.map((f) => t('analytics.timesValue', { count: f.visits })) },
                yAxis: { type: 'value', minInterval: 1 },
                series: [
                  {
                    name: t('analytics.columns.visitors'),
                    type: 'bar',
                    barMaxWidth: 48,
                    data: data.frequency.map((f) => f.visitors),
                  },
                ],
              }}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('analytics.charts.routesIn')} size="small">
            <RoutesTable routes={data.routesIn} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('analytics.charts.routesOut')} size="small">
            <RoutesTable routes={data.routesOut} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
