import type { PriceTierView } from '@livefair/protocol';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../utils/money';

export function PriceTierTable({ tiers, unit }: { tiers: PriceTierView[]; unit: string }) {
  const { t } = useTranslation();
  if (tiers.length === 0) return <Typography.Text type="secondary">{t('product.noTiers')}</Typography.Text>;
  const sorted = [...tiers].sort((a, b) => a.minQty - b.minQty);
  return (
    <Table<PriceTierView>
      size="small"
      pagination={false}
      rowKey="minQty"
      dataSource={sorted}
      className="lf-tier-table"
      columns={[
        {
          title: t('product.tierQty'),
          dataIndex: 'minQty',
          render: (qty: number) => t('product.tierQtyValue', { qty: qty.toLocaleString('zh-CN'), unit }),
        },
        {
          title: t('product.tierPrice'),
          dataIndex: 'unitPriceFen',
          align: 'right',
          render: (fen: number) => <span className="lf-price">{formatFen(fen)}</span>,
        },
      ]}
    />
  );
}
