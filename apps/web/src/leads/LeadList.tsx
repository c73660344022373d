import { DownloadOutlined } from '@ant-design/icons';
import { LEAD_STATUSES, type BuyerLeadView } from '@livefair/protocol';
import { Button, DatePicker, Empty, Input, List, Pagination, Segmented, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { currentLang } from '../i18n';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PageLoading } from '../components/PageLoading';
import { useApi } from '../hooks/useApi';
import { useShowApiError } from '../hooks/useShowApiError';
import { formatLocalTime } from './format';
import { leadsApi, type LeadListQuery } from './leadsApi';
import { LeadStatusTag } from './LeadStatusTag';

const FILTERS = ['all', ...LEAD_STATUSES] as const;
const PAGE_SIZE = 20;
type Side = 'buyer' | 'exhibitor';

function LeadRow({ lead, side, path }: { lead: BuyerLeadView & { noteCount?: number }; side: Side; path: string }) {
  const { t, i18n } = useTranslation();
  return (
    <List.Item className="lf-lead-row" data-testid="lead-row">
      <Link to={`${path}/${lead.id}`} className="lf-lead-row-link">
        <div className="lf-lead-row-head">
          <Typography.Text strong className="lf-lead-row-title">
            {side === 'buyer'
              ? lead.enterpriseName
              : `${lead.contact.name}${lead.contact.company ? ` · ${lead.contact.company}` : ''}`}
          </Typography.Text>
          <LeadStatusTag status={lead.status} />
        </div>
        <div className="lf-lead-row-message">{lead.message}</div>
        <div className="lf-lead-row-facts">
          {[
            t('leads.inbox.boothCode', { code: lead.boothCode }),
            lead.productName ?? t('leads.inbox.noProduct'),
            lead.quantity !== null
              ? t('leads.inbox.quantity', { qty: lead.quantity.toLocaleString(i18n.language), unit: lead.unit })
              : null,
            formatLocalTime(lead.createdAt, i18n.language),
            lead.noteCount ? t('leads.inbox.notes', { count: lead.noteCount }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>
      </Link>
    </List.Item>
  );
}

/**
 * The exhibitor's leads or the buyer's inquiries: status, booth and date filters, search, pages,
 * CSV export (exhibitor); the filters live in the URL.
 */
export function LeadList({ side, path }: { side: Side; path: string }) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [params, setParams] = useSearchParams();
  const status = (FILTERS as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as string) : 'all';
  const q = params.get('q') ?? '';
  const boothId = params.get('booth') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [typed, setTyped] = useState(q);
  const [exporting, setExporting] = useState(false);
  const query: LeadListQuery = {
    status: status === 'all' ? undefined : status,
    q: q || undefined,
    boothId: boothId || undefined,
    // Dates are picked in the viewer's zone: from its midnight to the next day's midnight, sent as instants.
    from: from ? dayjs(from).startOf('day').toISOString() : undefined,
    to: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : undefined,
  };
  const key = `leads:${side}:${status}:${q}:${boothId}:${from}:${to}:${page}`;
  const { data, error, loading, reload } = useApi(
    (signal) =>
      side === 'buyer'
        ? leadsApi.myInquiries({ ...query, page, pageSize: PAGE_SIZE }, signal)
        : leadsApi.leads({ ...query, page, pageSize: PAGE_SIZE }, signal),
    key,
  );
  const booths = useApi((signal) => endpoints.myBooths(signal), side === 'exhibitor' ? 'lead-booths' : null);
  const set = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setParams(merged, { replace: true });
  };
  const exportCsv = async () => {
    setExporting(true);
    try {
      await leadsApi.exportCsv({ ...query, lang: currentLang() });
    } catch (err) {
      showError(err);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="lf-leads-list">
      <div className="lf-leads-toolbar">
        <Segmented
          value={status}
          onChange={(v) => set({ status: v === 'all' ? null : String(v), page: null })}
          options={FILTERS.map((f) => ({ value: f, label: f === 'all' ? t('leads.inbox.all') : t(`leads.status.${f}`) }))}
          className="lf-leads-filter"
        />
        <div className="lf-leads-toolbar-row">
          {side === 'exhibitor' ? (
            <Select
              value={boothId}
              onChange={(v: string) => set({ booth: v || null, page: null })}
              options={[
                { value: '', label: t('leads.inbox.allBooths') },
                ...(booths.data ?? []).map((b) => ({ value: b.id, label: `${b.code} · ${b.headline || b.enterprise.name}` })),
              ]}
              aria-label={t('leads.inbox.booth')}
              data-testid="lead-booth-filter"
            />
          ) : null}
          <DatePicker.RangePicker
            value={from && to ? [dayjs(from), dayjs(to)] : null}
            onChange={(range) =>
              set({
                from: range?.[0] ? range[0].format('YYYY-MM-DD') : null,
                to: range?.[1] ? range[1].format('YYYY-MM-DD') : null,
                page: null,
              })
            }
            inputReadOnly
            aria-label={t('leads.inbox.dates')}
          />
          <Input.Search
            allowClear
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(v) => set({ q: v.trim() || null, page: null })}
            placeholder={t('leads.inbox.search')}
            maxLength={64}
          />
          {side === 'exhibitor' ? (
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void exportCsv()}
              loading={exporting}
              className="lf-leads-export"
              data-testid="lead-export"
            >
              {t('leads.inbox.export')}
            </Button>
          ) : null}
        </div>
      </div>
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data && data.items.length === 0 ? (
        <Empty description={side === 'buyer' && status === 'all' && !q ? t('leads.inbox.emptyMine') : t('leads.inbox.empty')}>
          {side === 'buyer' ? (
            <Link to="/">
              <Button type="primary">{t('leads.inbox.goExpos')}</Button>
            </Link>
          ) : null}
        </Empty>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <List dataSource={data.items} renderItem={(lead) => <LeadRow lead={lead} side={side} path={path} />} />
          {data.total > PAGE_SIZE ? (
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              showSizeChanger={false}
              onChange={(p) => set({ page: p > 1 ? String(p) : null })}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
