import { CAMPAIGN_LIMITS, type CampaignMatchView } from '@livefair/protocol';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useShowApiError } from '../../hooks/useShowApiError';
import { campaignsApi } from './campaignsApi';

function Progress({ m }: { m: CampaignMatchView }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {m.pushedAt ? <Tag color="blue">{t('campaigns.dash.pushedTag')}</Tag> : <Tag>{t('campaigns.dash.waiting')}</Tag>}
      {m.response === 'quoted' ? <Tag color="green">{t('campaigns.dash.quotedTag')}</Tag> : null}
      {m.response === 'declined' ? <Tag color="default">{t('campaigns.dash.declinedTag')}</Tag> : null}
      {m.orderNo ? <Tag color="gold">{t('campaigns.dash.orderTag', { no: m.orderNo })}</Tag> : null}
    </Space>
  );
}

/** The campaign's matches; the organizer selects some (or takes the top N of each need) and pushes them. */
export function MatchesTable({
  campaignId,
  matches,
  onPushed,
}: {
  campaignId: string;
  matches: CampaignMatchView[];
  onPushed: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const push = async (body: { suggestionIds: string[] } | { topPerDemand: number }) => {
    setBusy(true);
    try {
      const r = await campaignsApi.push(campaignId, body);
      void message.success(
        t('campaigns.dash.pushed', { pushed: r.pushed.length, notifications: r.notifications, already: r.alreadyPushed.length }),
      );
      setSelected([]);
      onPushed();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="lf-campaign-push">
        <Button
          type="primary"
          disabled={!selected.length}
          loading={busy}
          onClick={() => void push({ suggestionIds: selected })}
          data-testid="push-selected"
        >
          {t('campaigns.dash.pushSelected', { count: selected.length })}
        </Button>
        <Button loading={busy} onClick={() => void push({ topPerDemand: 3 })} data-testid="push-top">
          {t('campaigns.dash.pushTop', { n: 3 })}
        </Button>
      </div>
      <Table<CampaignMatchView>
        rowKey="suggestionId"
        size="small"
        dataSource={matches}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('campaigns.dash.empty') }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected((keys as string[]).slice(0, CAMPAIGN_LIMITS.pushMax)),
          getCheckboxProps: (m) => ({ disabled: m.pushedAt !== null || m.rank === null }),
        }}
        columns={[
          {
            title: t('campaigns.dash.demand'),
            dataIndex: 'demandText',
            render: (text: string, m) => (
              <div className="lf-campaign-text">
                <Typography.Text>{text}</Typography.Text>
                <div className="lf-xs-only">
                  <Typography.Text type="secondary">
                    {m.supplierName} · {m.score.toFixed(1)}
                  </Typography.Text>
                  <div>
                    <Progress m={m} />
                  </div>
                </div>
              </div>
            ),
          },
          { title: t('campaigns.dash.buyer'), dataIndex: 'buyerName', responsive: ['md'] },
          { title: t('campaigns.dash.supplier'), dataIndex: 'supplierName', responsive: ['sm'] },
          {
            title: t('campaigns.dash.rank'),
            dataIndex: 'rank',
            align: 'right',
            responsive: ['md'],
            render: (rank: number | null) => rank ?? t('campaigns.dash.notListed'),
          },
          {
            title: t('campaigns.dash.score'),
            dataIndex: 'score',
            align: 'right',
            responsive: ['sm'],
            render: (s: number) => s.toFixed(1),
          },
          { title: t('campaigns.dash.state'), key: 'state', responsive: ['sm'], render: (_: unknown, m) => <Progress m={m} /> },
        ]}
      />
    </>
  );
}
