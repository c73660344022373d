import type { CampaignView } from '@livefair/protocol';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { endpoints } from '../../../api/endpoints';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { useApi } from '../../../hooks/useApi';
import { formatDateRange } from '../../../utils/dates';
import { campaignsApi, windowEnd } from '../campaignsApi';
import { NewCampaignButton } from '../NewCampaignButton';
import '../campaigns.css';

/** /console/campaigns: the organizer's matchmaking campaigns. */
export default function CampaignsPage() {
  const { t, i18n } = useTranslation();
  const list = useApi((signal) => campaignsApi.list(signal), 'campaigns');
  const expos = useApi((signal) => endpoints.myExpos(signal), 'campaign-list-expos');
  const expoName = new Map((expos.data ?? []).map((e) => [e.id, e.name]));
  const scopeText = (c: CampaignView) =>
    c.scope === 'expo'
      ? t('campaigns.list.expo', { name: expoName.get(c.expoId ?? '') ?? '…' })
      : t('campaigns.list.region', { provinces: c.provinces.join('、') });
  return (
    <div className="lf-container">
      <PageTitle title={t('campaigns.list.title')} subtitle={t('campaigns.list.subtitle')} extra={<NewCampaignButton />} />
      {list.error ? <ApiErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<CampaignView>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: t('campaigns.list.empty') }}
        columns={[
          {
            title: t('campaigns.list.name'),
            dataIndex: 'name',
            render: (name: string, c) => (
              <>
                <Link to={`/console/campaigns/${c.id}`}>{name}</Link>
                <div className="lf-xs-only lf-console-sub">
                  {scopeText(c)} · {formatDateRange(c.startsAt, windowEnd(c.endsAt), i18n.language)}
                </div>
              </>
            ),
          },
          { title: t('campaigns.list.scope'), key: 'scope', responsive: ['sm'], render: (_: unknown, c) => scopeText(c) },
          {
            title: t('campaigns.list.window'),
            key: 'window',
            responsive: ['sm'],
            render: (_: unknown, c) => formatDateRange(c.startsAt, windowEnd(c.endsAt), i18n.language),
          },
          {
            title: t('campaigns.list.webhook'),
            key: 'webhook',
            render: (_: unknown, c) =>
              c.webhook ? <Tag color="green">{t('campaigns.list.hasWebhook')}</Tag> : <Tag>{t('campaigns.list.noWebhook')}</Tag>,
          },
        ]}
      />
    </div>
  );
}
