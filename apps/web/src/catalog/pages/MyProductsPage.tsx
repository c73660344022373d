import { PictureOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProductStatus, ProductView } from '@livefair/protocol';
import { Button, Empty, Input, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { formatDate } from '../../utils/dates';
import { formatFen } from '../../utils/money';
import { catalogApi } from '../catalogApi';
import { ProductStatusTag } from '../components/ProductStatusTag';
import { StatusActions } from '../components/StatusActions';
import { productSubtitle, productTitle } from '../productText';
import '../catalog.css';

const PAGE_SIZE = 20;
type Filter = 'all' | ProductStatus;

/** 我的产品: the enterprise's catalog in every status, with search, a status filter and the status actions. */
export default function MyProductsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('all');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const status = filter === 'all' ? undefined : filter;
  const { data, error, loading, reload } = useApi(
    (signal) => catalogApi.list({ status, q, page, pageSize: PAGE_SIZE }, signal),
    `my-products:${filter}:${q}:${page}`,
  );
  const lang = i18n.language;

  return (
    <div className="lf-container">
      <PageTitle
        title={t('catalog.listTitle')}
        subtitle={t('catalog.listSubtitle')}
        extra={
          <Link to="/my/products/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-product">
              {t('catalog.newProduct')}
            </Button>
          </Link>
        }
      />
      <div className="lf-catalog-toolbar">
        <Segmented<Filter>
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setPage(1);
          }}
          options={(['all', 'draft', 'published', 'hidden'] as const).map((f) => ({
            value: f,
            label: f === 'all' ? t('catalog.all') : t(`catalog.status.${f}`),
          }))}
        />
        <Input.Search
          allowClear
          className="lf-catalog-search"
          placeholder={t('catalog.search')}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
          maxLength={64}
          data-testid="product-search"
        />
      </div>
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      <Table<ProductView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        className="lf-catalog-table"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={q || status ? t('catalog.emptyFiltered') : t('catalog.empty')} /> }}
        onRow={(p) => ({ 'data-testid': 'product-row', 'data-product-id': p.id }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => t('catalog.total', { count: total }),
        }}
        columns={[
          {
            title: t('catalog.columns.product'),
            key: 'product',
            render: (_: unknown, p) => (
              <div className="lf-catalog-product">
                {p.images[0] ? (
                  <img className="lf-catalog-thumb" src={p.images[0].url} alt="" loading="lazy" />
                ) : (
                  <span className="lf-catalog-thumb lf-catalog-thumb-empty">
                    <PictureOutlined />
                  </span>
                )}
                <div className="lf-catalog-names">
                  <Link to={`/my/products/${p.id}`} className="lf-catalog-name">
                    {productTitle(p, lang)}
                  </Link>
                  {productSubtitle(p, lang) ? (
                    <Typography.Text type="secondary" className="lf-catalog-sub" ellipsis>
                      {productSubtitle(p, lang)}
                    </Typography.Text>
                  ) : null}
                  <span className="lf-catalog-mobile-meta">
                    <ProductStatusTag status={p.status} />
                    {p.fromPriceFen !== null ? <span className="lf-price">{formatFen(p.fromPriceFen)}</span> : null}
                  </span>
                  <span className="lf-catalog-mobile-meta">
                    <Button size="small" onClick={() => navigate(`/my/products/${p.id}`)}>
                      {t('catalog.edit')}
                    </Button>
                    <StatusActions product={p} onChanged={reload} />
                  </span>
                </div>
              </div>
            ),
          },
          { title: t('catalog.columns.category'), dataIndex: 'category', responsive: ['md'] },
          {
            title: t('catalog.columns.status'),
            dataIndex: 'status',
            responsive: ['sm'],
            render: (s: ProductStatus) => <ProductStatusTag status={s} />,
          },
          {
            title: t('catalog.columns.skus'),
            key: 'skus',
            responsive: ['lg'],
            align: 'right',
            render: (_: unknown, p) => t('catalog.skuCount', { count: p.skus.length }),
          },
          {
            title: t('catalog.columns.price'),
            dataIndex: 'fromPriceFen',
            responsive: ['sm'],
            align: 'right',
            render: (fen: number | null) =>
              fen === null ? t('catalog.noPrice') : <span className="lf-price">{formatFen(fen)}</span>,
          },
          {
            title: t('catalog.columns.updated'),
            dataIndex: 'updatedAt',
            responsive: ['lg'],
            render: (iso: string) => formatDate(iso, lang),
          },
          {
            title: t('catalog.columns.actions'),
            key: 'actions',
            responsive: ['sm'],
            render: (_: unknown, p) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => navigate(`/my/products/${p.id}`)}>
                  {t('catalog.edit')}
                </Button>
                <StatusActions product={p} onChanged={reload} />
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
