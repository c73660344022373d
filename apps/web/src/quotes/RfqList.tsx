import type { RfqSide, RfqSummaryView } from '@livefair/protocol';
import { Button, Empty, Input, List, Pagination, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PageLoading } from '../components/PageLoading';
import { useApi } from '../hooks/useApi';
import { formatFen } from '../utils/money';
import { formatDateTime } from './format';
import { RfqStatusTag } from './StatusTags';

const FILTERS = ['active', 'all', 'open', 'quoted', 'accepted', 'closed', 'expired'] as const;
const PAGE_SIZE = 20;

function RfqRow({ rfq, side, path }: { rfq: RfqSummaryView; side: RfqSide; path: string }) {
  const { t, i18n } = useTranslation();
  const quote = rfq.latestQuote;
  return (
    <List.Item className="lf-rfq-row" data-testid="rfq-row">
      <Link to={`${path}/${rfq.id}`} className="lf-rfq-row-link">
        <div className="lf-rfq-row-head">
          <Typography.Text strong className="lf-rfq-row-title">
            {rfq.productName}
          </Typography.Text>
          <RfqStatusTag status={rfq.status} />
        </div>
        <div className="lf-rfq-row-party">
          {side === 'buyer' ? rfq.enterpriseName : rfq.buyerName}
          {rfq.skuCode ? <span className="lf-muted"> · {rfq.skuCode}</span> : null}
        </div>
        <Space wrap size={[16, 4]} className="lf-rfq-row-facts">
          <span>{t('quotes.list.quantity', { qty: rfq.quantity.toLocaleString(i18n.language), unit: rfq.unit })}</span>
          <span>{t(`quotes.provinces.${rfq.deliveryProvince}`)}</span>
          {quote ? (
            <span className="lf-rfq-row-price">
              {t('quotes.list.latestQuote', { price: formatFen(quote.unitPriceFen), unit: rfq.unit })}
            </span>
          ) : rfq.targetUnitPriceFen !== null ? (
            <span>{t('quotes.list.target', { price: formatFen(rfq.targetUnitPriceFen), unit: rfq.unit })}</span>
          ) : null}
          <span className="lf-muted">{t('quotes.list.deadline', { time: formatDateTime(rfq.deadline, i18n.language) })}</span>
          {rfq.messageCount > 0 ? (
            <span className="lf-muted">{t('quotes.list.messages', { count: rfq.messageCount })}</span>
          ) : null}
        </Space>
      </Link>
    </List.Item>
  );
}

/** The buyer's RFQs or the enterprise's inbox: status filter, search, pages; the filter and search live in the URL. */
export function RfqList({ side, path }: { side: RfqSide; path: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = (FILTERS as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as string)
    : 'active';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [typed, setTyped] = useState(q);
  const query = { status: status === 'all' ? undefined : status, q: q || undefined, page, pageSize: PAGE_SIZE };
  const key = `rfqs:${side}:${status}:${q}:${page}`;
  const { data, error, loading, reload } = useApi(
    (signal) => (side === 'buyer' ? endpoints.myRfqs(query, signal) : endpoints.sellerRfqs(query, signal)),
    key,
  );
  const set = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setParams(merged, { replace: true });
  };

  return (
    <div className="lf-rfq-list">
      <div className="lf-rfq-toolbar">
        <Segmented
          value={status}
          onChange={(v) => set({ status: String(v), page: null })}
          options={FILTERS.map((f) => ({ value: f, label: t(`quotes.filter.${f}`) }))}
          className="lf-rfq-filter"
        />
        <Input.Search
          allowClear
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={(v) => set({ q: v.trim() || null, page: null })}
          placeholder={side === 'buyer' ? t('quotes.list.searchMine') : t('quotes.list.search')}
          maxLength={64}
          className="lf-rfq-search"
        />
      </div>
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data && data.items.length === 0 ? (
        <Empty description={side === 'buyer' && !q && status === 'active' ? t('quotes.list.emptyMine') : t('quotes.list.empty')}>
          {side === 'buyer' ? (
            <Link to="/">
              <Button type="primary">{t('quotes.list.goExpos')}</Button>
            </Link>
          ) : null}
        </Empty>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <List
            className="lf-rfq-rows"
            dataSource={data.items}
            renderItem={(rfq) => <RfqRow rfq={rfq} side={side} path={path} />}
          />
          {data.total > PAGE_SIZE ? (
            <Pagination
              className="lf-rfq-pages"
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
