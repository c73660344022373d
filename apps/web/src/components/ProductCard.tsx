import type { ProductView, SkuView } from '@livefair/protocol';
import { ShoppingCartOutlined } from '@ant-design/icons';
import { Button, Card, Col, Collapse, Descriptions, Row, Segmented, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CertificationTags } from '../catalog/components/CertificationTags';
import { ProductGallery } from '../catalog/components/ProductGallery';
import { productDescription, productSubtitle, productTitle } from '../catalog/productText';
import { formatFen } from '../utils/money';
import { PriceTierTable } from './PriceTierTable';
import { SkuTable } from './SkuTable';

function sampleText(t: TFunction, sku: SkuView): string {
  if (sku.samplePriceFen === null) return t('product.sampleNone');
  if (sku.samplePriceFen === 0) return t('product.sampleFree');
  return t('product.samplePrice', { price: formatFen(sku.samplePriceFen) });
}

const skuLabel = (sku: SkuView) => Object.values(sku.specs).join(' / ') || sku.skuCode;

/**
 * A product on its booth: pictures, bilingual title, certificates, and the chosen SKU's trade terms and tiers.
 * `onOrder` shows the order button (the booth page opens its order drawer with it); `actions`: more buttons beside it (询价).
 */
export function ProductCard({
  product,
  onOrder,
  actions,
}: {
  product: ProductView;
  onOrder?: (product: ProductView) => void;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [skuId, setSkuId] = useState(product.skus[0]?.id);
  const sku = product.skus.find((s) => s.id === skuId) ?? product.skus[0];
  const title = productTitle(product, lang);
  const subtitle = productSubtitle(product, lang);
  const description = productDescription(product, lang);
  const qty = (n: number) => n.toLocaleString('zh-CN');
  return (
    <Card className="lf-product-card" data-testid="product-card">
      <Row gutter={[24, 16]}>
        <Col xs={24} md={9} lg={8}>
          <ProductGallery images={product.images} alt={title} />
        </Col>
        <Col xs={24} md={15} lg={16}>
          <div className="lf-card-head">
            <Typography.Title level={4} className="lf-card-title">
              {title}
            </Typography.Title>
            {product.category ? <Tag variant="filled">{product.category}</Tag> : null}
          </div>
          {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
          <div className="lf-product-price">
            {product.fromPriceFen !== null ? (
              <span className="lf-price lf-price-big">{t('catalog.booth.from', { price: formatFen(product.fromPriceFen) })}</span>
            ) : null}
            {product.moq !== null ? (
              <Typography.Text type="secondary">
                {t('catalog.booth.moqShort', { qty: qty(product.moq), unit: product.unit })}
              </Typography.Text>
            ) : null}
          </div>
          <CertificationTags certifications={product.certifications} />
          {product.skus.length > 1 ? (
            <Segmented
              className="lf-sku-pick"
              aria-label={t('catalog.booth.chooseSku')}
              value={sku?.id}
              onChange={(v) => setSkuId(String(v))}
              options={product.skus.map((s) => ({ value: s.id, label: skuLabel(s) }))}
            />
          ) : null}
          {sku ? (
            <>
              <Descriptions
                size="small"
                column={{ xs: 2, sm: 4 }}
                className="lf-product-terms"
                items={[
                  {
                    key: 'retail',
                    label: t('catalog.booth.retail'),
                    children: <span className="lf-price">{formatFen(sku.retailPriceFen)}</span>,
                  },
                  {
                    key: 'moq',
                    label: t('product.moq'),
                    children: t('product.moqValue', { qty: qty(sku.moq), unit: product.unit }),
                  },
                  { key: 'lead', label: t('product.leadTime'), children: t('product.leadTimeValue', { days: sku.leadTimeDays }) },
                  { key: 'sample', label: t('product.sample'), children: sampleText(t, sku) },
                ]}
              />
              {(onOrder && product.skus.length > 0) || actions ? (
                <div className="lf-product-actions">
                  {onOrder && product.skus.length > 0 ? (
                    <Button
                      type="primary"
                      danger
                      icon={<ShoppingCartOutlined />}
                      onClick={() => onOrder(product)}
                      data-testid="order-product"
                    >
                      {t('orders.order.button')}
                    </Button>
                  ) : null}
                  {actions}
                </div>
              ) : null}
              <Typography.Title level={5}>{t('product.tiers')}</Typography.Title>
              <PriceTierTable tiers={sku.tiers} unit={product.unit} />
            </>
          ) : null}
        </Col>
      </Row>
      {description ? <Typography.Paragraph className="lf-product-description">{description}</Typography.Paragraph> : null}
      {product.specifications.length > 0 ? (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2 }}
          title={t('catalog.booth.specifications')}
          className="lf-product-specs"
          items={product.specifications.map((s, i) => ({ key: `${s.name}-${i}`, label: s.name, children: s.value }))}
        />
      ) : null}
      {product.skus.length > 1 ? (
        <Collapse
          ghost
          size="small"
          className="lf-product-skus"
          items={[
            {
              key: 'skus',
              label: t('catalog.booth.allSkus', { count: product.skus.length }),
              children: <SkuTable skus={product.skus} unit={product.unit} />,
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
