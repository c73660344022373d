import type { PinnedProductView, ProductView } from '@livefair/protocol';
import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { PriceTierTable } from '../../components/PriceTierTable';
import { formatFen } from '../../utils/money';

interface Props {
  /** The catalog entry when the booth's catalog is loaded; the pinned summary otherwise. */
  product: ProductView | undefined;
  pinned: PinnedProductView | null;
  boothId: string | undefined;
  open: boolean;
  onClose: () => void;
}

/** 询价/下单 placeholder: shows the product and says online ordering arrives soon. */
export function InquiryModal({ product, pinned, boothId, open, onClose }: Props) {
  const { t } = useTranslation();
  const name = product?.name ?? pinned?.name ?? '';
  const unit = product?.unit ?? pinned?.unit ?? '';
  const moq = product?.moq ?? pinned?.moq ?? undefined;
  const sku = product?.skus[0];
  return (
    <Modal
      open={open}
      title={t('live.inquiry.title')}
      onCancel={onClose}
      footer={[
        boothId ? (
          <Link key="booth" to={`/booths/${boothId}`}>
            <Button>{t('live.inquiry.viewBooth')}</Button>
          </Link>
        ) : null,
        <Button key="ok" type="primary" onClick={onClose}>
          {t('live.inquiry.close')}
        </Button>,
      ]}
      wrapClassName="lf-inquiry-modal"
    >
      <Typography.Title level={5}>{name}</Typography.Title>
      {product?.description ? <Typography.Paragraph type="secondary">{product.description}</Typography.Paragraph> : null}
      <Descriptions
        size="small"
        column={1}
        items={[
          ...(moq !== undefined
            ? [
                {
                  key: 'moq',
                  label: t('product.moq'),
                  children: t('product.moqValue', { qty: moq.toLocaleString('zh-CN'), unit }),
                },
              ]
            : []),
          ...(pinned && !product
            ? [
                {
                  key: 'price',
                  label: t('product.price'),
                  children: t('live.pinned.from', { price: formatFen(pinned.fromPriceFen) }),
                },
              ]
            : []),
          ...(sku
            ? [
                {
                  key: 'lead',
                  label: t('product.leadTime'),
                  children: t('product.leadTimeValue', { days: sku.leadTimeDays }),
                },
              ]
            : []),
        ]}
      />
      {product && sku ? <PriceTierTable tiers={sku.tiers} unit={product.unit} /> : null}
      <Alert className="lf-inquiry-soon" type="info" showIcon title={t('live.inquiry.soon')} />
    </Modal>
  );
}
