import { PushpinFilled, PushpinOutlined } from '@ant-design/icons';
import type { ProductView } from '@livefair/protocol';
import { Button, Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../../utils/money';

interface Props {
  products: ProductView[];
  pinnedId: string | null;
  disabled: boolean;
  onPin: (productId: string | null) => void;
}

/** The booth's catalog in the studio: one tap pins a product over every viewer's video. */
export function ProductShelf({ products, pinnedId, disabled, onPin }: Props) {
  const { t } = useTranslation();
  if (products.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.studio.noProducts')} />;
  return (
    <ul className="lf-shelf">
      {products.map((p) => {
        const pinned = p.id === pinnedId;
        const price = p.fromPriceFen;
        return (
          <li key={p.id} className={pinned ? 'lf-shelf-item lf-shelf-pinned' : 'lf-shelf-item'}>
            <div className="lf-shelf-text">
              <div className="lf-shelf-name">
                {pinned ? <Tag color="red">{t('live.pinned.label')}</Tag> : null}
                {p.name}
              </div>
              <div className="lf-shelf-terms">
                {price !== null ? <span className="lf-price">{t('live.pinned.from', { price: formatFen(price) })}</span> : null}
                {p.moq !== null ? (
                  <span>{t('live.pinned.moq', { qty: p.moq.toLocaleString('zh-CN'), unit: p.unit })}</span>
                ) : null}
              </div>
            </div>
            <Button
              size="small"
              type={pinned ? 'default' : 'primary'}
              icon={pinned ? <PushpinFilled /> : <PushpinOutlined />}
              disabled={disabled}
              onClick={() => onPin(pinned ? null : p.id)}
              data-testid="pin-button"
              data-product-id={p.id}
              data-pinned={pinned}
            >
              {pinned ? t('live.studio.unpin') : t('live.studio.pin')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
