import { Button, Empty, Input, Pagination, Select, Switch, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import '../../catalog/catalog.css';
import '../booths.css';
import { boothsApi, searchParams, type SearchFilters } from '../boothsApi';
import { BoothHits, ProductHits } from '../components/SearchHits';
import { useVocabulary } from '../useVocabulary';

const PAGE_SIZE = 12;

/** /search — buyers find booths and products by text (Chinese or English), province, city, badges and "live now". */
export default function SearchPage() {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'products' ? 'products' : 'booths';
  const filters: SearchFilters = {
    q: params.get('q') ?? undefined,
    province: params.get('province') ?? undefined,
    city: params.get('city') ?? undefined,
    category: params.get('category') ?? undefined,
    badge: params.get('badge')?.split(',').filter(Boolean),
    live: params.get('live') === 'true',
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: PAGE_SIZE,
  };
  const [text, setText] = useState(filters.q ?? '');
  const [city, setCity] = useState(filters.city ?? '');
  const key = `search:${tab}:${searchParams(filters)}`;
  const booths = useApi((signal) => boothsApi.searchBooths(filters, signal), tab === 'booths' ? key : null);
  const products = useApi((signal) => boothsApi.searchProducts(filters, signal), tab === 'products' ? key : null);
  const current = tab === 'booths' ? booths : products;

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <div className="lf-container">
      <PageTitle title={t('booths.search.title')} subtitle={t('booths.search.subtitle')} />
      <div className="lf-search-bar">
        <Input.Search
          size="large"
          allowClear
          value={text}
          maxLength={64}
          placeholder={t('booths.search.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          enterButton
          data-testid="search-input"
        />
        <div className="lf-search-filters">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('booths.search.province')}
            value={filters.province}
            options={vocab.provinceOptions}
            onChange={(v?: string) => update({ province: v, city: v ? filters.city : undefined })}
            data-testid="search-province"
            aria-label={t('booths.search.province')}
          />
          <Input
            allowClear
            placeholder={t('booths.search.city')}
            value={city}
            maxLength={32}
            style={{ width: 120 }}
            onChange={(e) => setCity(e.target.value)}
            onPressEnter={() => update({ city: city.trim() || undefined })}
            onBlur={() => city.trim() !== (filters.city ?? '') && update({ city: city.trim() || undefined })}
            aria-label={t('booths.search.city')}
          />
          <Select
            mode="multiple"
            allowClear
            maxCount={3}
            placeholder={t('booths.search.badges')}
            value={filters.badge ?? []}
            options={vocab.badgeOptions}
            onChange={(v: string[]) => update({ badge: v.join(',') || undefined })}
            style={{ minWidth: 180 }}
            data-testid="search-badges"
            aria-label={t('booths.search.badges')}
          />
          <span>
            <Switch
              checked={filters.live}
              onChange={(on) => update({ live: on ? 'true' : undefined })}
              data-testid="search-live"
              aria-label={t('booths.search.liveOnly')}
            />{' '}
            {t('booths.search.liveOnly')}
          </span>
          <Button
            type="link"
            onClick={() => {
              setText('');
              setCity('');
              setParams(tab === 'products' ? { tab } : {}, { replace: true });
            }}
          >
            {t('booths.search.reset')}
          </Button>
        </div>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k === 'products' ? 'products' : undefined })}
        items={[
          { key: 'booths', label: t('booths.search.booths') },
          { key: 'products', label: t('booths.search.products') },
        ]}
      />
      {current.error ? <ApiErrorAlert error={current.error} onRetry={current.reload} /> : null}
      {current.loading && !current.data ? <PageLoading /> : null}
      {current.data ? (
        <>
          <Typography.Paragraph type="secondary" data-testid="search-total">
            {t('booths.search.total', { count: current.data.total })}
          </Typography.Paragraph>
          {current.data.items.length === 0 ? <Empty description={t('booths.search.empty')} /> : null}
          {tab === 'booths' && booths.data ? <BoothHits items={booths.data.items} /> : null}
          {tab === 'products' && products.data ? <ProductHits items={products.data.items} /> : null}
          {current.data.total > PAGE_SIZE ? (
            <Pagination
              className="lf-search-pager"
              current={filters.page}
              pageSize={PAGE_SIZE}
              total={Math.min(current.data.total, PAGE_SIZE * 100)}
              showSizeChanger={false}
              onChange={(page) => update({ page: String(page) })}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
