import type { CampaignDashboard, CampaignDemandView, CampaignMeetingView, CampaignOrderView } from '@livefair/protocol';
import { Button, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { endpoints } from '../../../api/endpoints';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageLoading } from '../../../components/PageLoading';
import { PageTitle } from '../../../components/PageTitle';
import { useApi } from '../../../hooks/useApi';
import { formatDateRange, formatDateTime } from '../../../utils/dates';
import { formatFen } from '../../../utils/money';
import { CampaignCountCards } from '../CampaignCountCards';
import { campaignsApi, windowEnd } from '../campaignsApi';
import { MatchesTable } from '../MatchesTable';
import { WebhookCard } from '../WebhookCard';
import '../campaigns.css';

function Lists({ d }: { d: CampaignDashboard }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const empty = { emptyText: t('campaigns.dash.empty') };
  return (
    <>
      <Table<CampaignDemandView>
        rowKey="id"
        size="small"
        dataSource={d.demands}
        locale={empty}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('campaigns.dash.demand'),
            dataIndex: 'text',
            render: (x: string) => <span className="lf-campaign-text">{x}</span>,
          },
          { title: t('campaigns.dash.buyer'), dataIndex: 'buyerName', responsive: ['md'] },
          {
            title: t('campaigns.dash.quantity'),
            key: 'q',
            align: 'right',
            responsive: ['sm'],
            render: (_: unknown, r) => `${r.quantity.toLocaleString(i18n.language)} ${r.unit}`,
          },
          { title: t('campaigns.dash.province'), dataIndex: 'deliveryProvince', responsive: ['md'] },
          { title: t('campaigns.dash.matches'), dataIndex: 'matches', align: 'right' },
          {
            title: t('campaigns.dash.postedAt'),
            dataIndex: 'createdAt',
            responsive: ['lg'],
            render: (x: string) => when(x),
          },
          {
            title: t('campaigns.dash.state'),
            dataIndex: 'status',
            responsive: ['sm'],
            render: (s: string) => (
              <Tag color={s === 'open' ? 'green' : 'default'}>{t(`campaigns.dash.${s === 'open' ? 'open' : 'closed'}`)}</Tag>
            ),
          },
        ]}
      />
    </>
  );
}

function Meetings({ rows }: { rows: CampaignMeetingView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<CampaignMeetingView>
      rowKey="id"
      size="small"
      dataSource={rows}
      locale={{ emptyText: t('campaigns.dash.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: t('campaigns.dash.topic'), dataIndex: 'topic' },
        { title: t('campaigns.dash.buyer'), dataIndex: 'buyerName', responsive: ['sm'] },
        { title: t('campaigns.dash.enterprise'), dataIndex: 'enterpriseName', responsive: ['sm'] },
        {
          title: t('campaigns.dash.time'),
          dataIndex: 'startsAt',
          render: (x: string | null) => (x ? formatDateTime(x, i18n.language) : '—'),
        },
        {
          title: t('campaigns.dash.state'),
          dataIndex: 'status',
          render: (s: string) => <Tag>{t(`meetings.status.${s}`, { defaultValue: s })}</Tag>,
        },
      ]}
    />
  );
}

function Orders({ rows }: { rows: CampaignOrderView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<CampaignOrderView>
      rowKey="orderId"
      size="small"
      dataSource={rows}
      locale={{ emptyText: t('campaigns.dash.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: t('campaigns.dash.orderNo'), dataIndex: 'orderNo' },
        { title: t('campaigns.dash.supplier'), dataIndex: 'supplierName', responsive: ['sm'] },
        { title: t('campaigns.dash.buyer'), dataIndex: 'buyerName', responsive: ['md'] },
        { title: t('campaigns.dash.total'), dataIndex: 'totalFen', align: 'right', render: (f: number) => formatFen(f) },
        {
          title: t('campaigns.dash.time'),
          dataIndex: 'at',
          responsive: ['sm'],
          render: (x: string) => formatDateTime(x, i18n.language),
        },
      ]}
    />
  );
}

/** /console/campaigns/:id: what the campaign produced, pushing suggestions, its webhook. */
export default function CampaignPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const dash = useApi((signal) => campaignsApi.dashboard(id, signal), `campaign:${id}`);
  const d = dash.data;
  const expos = useApi((signal) => endpoints.myExpos(signal), d?.campaign.scope === 'expo' ? 'campaign-expos' : null);
  const scope = !d
    ? ''
    : d.campaign.scope === 'expo'
      ? t('campaigns.list.expo', { name: expos.data?.find((e) => e.id === d.campaign.expoId)?.name ?? '…' })
      : t('campaigns.list.region', { provinces: d.campaign.provinces.join('、') });
  return (
    <div className="lf-container">
      <PageTitle
        title={d?.campaign.name ?? t('campaigns.list.title')}
        subtitle={
          d ? `${scope} · ${formatDateRange(d.campaign.startsAt, windowEnd(d.campaign.endsAt), i18n.language)}` : undefined
        }
        extra={
          <Link to="/console/campaigns">
            <Button>{t('campaigns.dash.back')}</Button>
          </Link>
        }
      />
      {dash.error ? <ApiErrorAlert error={dash.error} onRetry={dash.reload} /> : null}
      {dash.loading && !d ? <PageLoading /> : null}
      {d ? (
        <>
          <CampaignCountCards counts={d.counts} />
          <div className="lf-campaign-layout">
            <Tabs
              items={[
                {
                  key: 'matches',
                  label: `${t('campaigns.dash.tabs.matches')} ${d.counts.suggestions}`,
                  children: <MatchesTable campaignId={id} matches={d.matches} onPushed={dash.reload} />,
                },
                {
                  key: 'demands',
                  label: `${t('campaigns.dash.tabs.demands')} ${d.counts.matchedDemands}`,
                  children: <Lists d={d} />,
                },
                {
                  key: 'meetings',
                  label: `${t('campaigns.dash.tabs.meetings')} ${d.counts.meetings}`,
                  children: <Meetings rows={d.meetings} />,
                },
                {
                  key: 'orders',
                  label: `${t('campaigns.dash.tabs.orders')} ${d.counts.orders}`,
                  children: <Orders rows={d.orders} />,
                },
              ]}
            />
            <WebhookCard campaign={d.campaign} onChanged={dash.reload} />
          </div>
          {d.counts.suggestions > d.matches.length ? (
            <Typography.Paragraph type="secondary">{t('campaigns.dash.capped', { n: d.matches.length })}</Typography.Paragraph>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
