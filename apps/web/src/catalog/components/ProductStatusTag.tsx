import type { ProductStatus } from '@livefair/protocol';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ProductStatus, string> = { draft: 'default', published: 'success', hidden: 'warning' };

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="product-status">
      {t(`catalog.status.${status}`)}
    </Tag>
  );
}
