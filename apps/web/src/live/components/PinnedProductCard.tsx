import type { PinnedProductView } from '@livefair/protocol';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../../utils/money';

/** The product the host is presenting, over the bottom of the video. `onInquire` opens the order drawer (WatchPage). */
export function PinnedProductCard({ pinned, onInquire }: { pinned: PinnedProductView; onInquire: (productId: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="lf-pinned" key={pinned.productId} data-testid="pinned-card" data-product-id={pinned.productId}>
      <div className="lf-pinned-body">
        <div className="lf-pinned-name">
          <span className="lf-pinned-label">{t('live.pinned.label')}</span>
          {pinned.name}
        </div>
        <div className="lf-pinned-terms">
          <span className="lf-price">{t('live.pinned.from', { price: formatFen(pinned.fromPriceFen) })}</span>
          <span className="lf-pinned-moq">
            {t('live.pinned.moq', { qty: pinned.moq.toLocaleString('zh-CN'), unit: pinned.unit })}
          </span>
        </div>
      </div>
      <Button type="primary" danger shape="round" onClick={() => onInquire(pinned.productId)} data-testid="inquire">
        {t('live.pinned.inquire')}
      </Button>
    </div>
  );
}
