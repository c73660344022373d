import type { ProductView } from '@livefair/protocol';
import { ShoppingCartOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../utils/money';
import { PriceTierTable } from './PriceTierTable';
import { SkuTable } from './SkuTable';

function sampleText(t: TFunction, product: ProductView): string {
  if (!product.sampleAvailable) return t('product.sampleNone');
  if (product.samplePriceFen === null || product.samplePriceFen === 0) return t('product.sampleFree');
  return t('product.samplePrice', { price: formatFen(product.samplePriceFen) });
}

/** `onOrder` shows the order button (the booth page opens its order drawer with it). */
export function ProductCard({ product, onOrder }: { product: ProductView; onOrder?: (product: ProductView) => void }) {
  const { t } = useTranslation();
  const sample = sampleText(t, product);
  return (
    <Card className="lf-product-card">
      <div className="lf-card-head">
        <Typography.Title level={4} className="lf-card-title">
          {product.name}
        </Typography.Title>
        {product.category ? <Tag variant="filled">{product.category}</Tag> : null}
      </div>
      {product.description ? <Typography.Paragraph type="secondary">{product.description}</Typography.Paragraph> : null}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        className="lf-product-terms"
        items={[
          {
            key: 'moq',
            label: t('product.moq'),
            children: t('product.moqValue', { qty: product.moq.toLocaleString('zh-CN'), unit: product.unit }),
          },
          { key: 'lead', label: t('product.leadTime'), children: t('product.leadTimeValue', { days: product.leadTimeDays }) },
          { key: 'sample', label: t('product.sample'), children: sample },
        ]}
      />
      <Row gutter={[24, 16]}>
        <Col xs={24} md={9}>
          <Typography.Title level={5}>{t('product.tiers')}</Typography.Title>
          <PriceTierTable tiers={product.priceTiers} unit={product.unit} />
        </Col>
        {product.skus.length > 0 ? (
          <Col xs={24} md={15}>
            <Typography.Title level={5}>{t('product.skus')}</Typography.Title>
            <SkuTable skus={product.skus} />
          </Col>
        ) : null}
      </Row>
      {onOrder && product.skus.length > 0 ? (
        <div className="lf-product-actions">
          <Button
            type="primary"
            danger
            icon={<ShoppingCartOutlined />}
            onClick={() => onOrder(product)}
            data-testid="order-product"
          >
            {t('orders.order.button')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
