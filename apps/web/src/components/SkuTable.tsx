import type { SkuView } from '@livefair/protocol';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../utils/money';

export function SkuTable({ skus, unit }: { skus: SkuView[]; unit: string }) {
  const { t } = useTranslation();
  return (
    <Table<SkuView>
      size="small"
      pagination={false}
      rowKey="id"
      dataSource={skus}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('product.specs'),
          key: 'specs',
          render: (_: unknown, sku) => (
            <div className="lf-specs">
              {Object.entries(sku.specs).map(([name, value]) => (
                <Tag key={name} variant="outlined">
                  {name}: {value}
                </Tag>
              ))}
            </div>
          ),
        },
        {
          title: t('product.skuCode'),
          dataIndex: 'skuCode',
          responsive: ['sm'],
          render: (code: string) => <span className="lf-sku-code">{code}</span>,
        },
        {
          title: t('product.price'),
          dataIndex: 'retailPriceFen',
          align: 'right',
          render: (fen: number) => <span className="lf-price">{formatFen(fen)}</span>,
        },
        {
          title: t('product.moq'),
          dataIndex: 'moq',
          align: 'right',
          render: (moq: number) => t('product.moqValue', { qty: moq.toLocaleString('zh-CN'), unit }),
        },
        {
          title: t('product.stock'),
          dataIndex: 'stock',
          align: 'right',
          render: (stock: number) => stock.toLocaleString('zh-CN'),
        },
      ]}
    />
  );
}
