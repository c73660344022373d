import type { OrderView, ProductView } from '@livefair/protocol';
import { ORDER_MAX_QUANTITY, priceOrder, SAMPLE_MAX_QUANTITY } from '@livefair/protocol';
import { Alert, Button, Drawer, Form, Grid, InputNumber, Result, Segmented, Select, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { useAuth } from '../auth/useAuth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useApi } from '../hooks/useApi';
import { useShowApiError } from '../hooks/useShowApiError';
import { formatFen } from '../utils/money';
import { DeliveryFields, deliveryOf, type DeliveryFormValues } from './DeliveryFields';
import { newIdempotencyKey } from './idempotencyKey';
import { PriceSummary } from './PriceSummary';
import './orders.css';

type BuyType = 'retail' | 'bulk' | 'sample';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The product from the booth's catalog (its SKUs); undefined while it loads. */
  product: ProductView | undefined;
  boothId?: string;
  /** Set when ordering the pinned product in a live room. */
  liveSessionId?: string;
}

const specsText = (specs: Record<string, string>) => Object.values(specs).join(' / ');

/**
 * 立即下单: choose the SKU, retail / bulk / sample and the quantity with the price that applies,
 * the address and invoice (optional, editable until shipping), submit. One Idempotency-Key per
 * dialog, reused on every retry, so a lost answer never becomes a second order.
 */
export function OrderDrawer({ open, onClose, product, boothId, liveSessionId }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { user } = useAuth();
  const location = useLocation();
  const showError = useShowApiError();
  const [form] = Form.useForm<DeliveryFormValues>();
  const [skuId, setSkuId] = useState<string | undefined>(undefined);
  const [type, setType] = useState<BuyType>('bulk');
  // null while the box is empty (being retyped): nothing is priced and nothing can be sent.
  const [quantity, setQuantity] = useState<number | null>(1);
  const [submitting, setSubmitting] = useState(false);
  const [placed, setPlaced] = useState<OrderView | null>(null);
  const key = useRef(newIdempotencyKey());

  // A fresh dialog (another product, or opened again): a fresh key and choice.
  useEffect(() => {
    if (!open) return;
    key.current = newIdempotencyKey();
    setPlaced(null);
    setSkuId(product?.skus[0]?.id);
  }, [open, product?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const terms = useApi((signal) => endpoints.orderTerms(skuId ?? '', signal), open && skuId ? `order-terms:${skuId}` : null);
  const termsData = terms.data;

  // A new SKU's terms: start bulk at its MOQ when it is sold in bulk, else retail.
  useEffect(() => {
    if (!termsData) return;
    setType((current) => (current === 'sample' && termsData.samplePriceFen === null ? 'bulk' : current));
    setQuantity((q) => (type === 'bulk' ? Math.max(q ?? 1, termsData.moq) : q));
  }, [termsData?.skuId]); // eslint-disable-line react-hooks/exhaustive-deps

  const chooseType = (next: BuyType) => {
    setType(next);
    if (next === 'bulk') setQuantity((q) => Math.max(q ?? 1, termsData?.moq ?? 1));
    else setQuantity(1);
  };

  const priced = termsData && quantity ? priceOrder(termsData, type, quantity) : null;
  const canOrder = user?.role === 'buyer';

  const submit = async () => {
    if (!skuId || !quantity || !priced?.ok) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSubmitting(true);
    try {
      const order = await endpoints.placeOrder(
        { type, skuId, quantity, boothId, liveSessionId, ...deliveryOf(values) },
        key.current, // the same key on every retry of this dialog
      );
      form.resetFields();
      setPlaced(order);
    } catch (err) {
      showError(err);
    } finally {
      setSubmitting(false);
    }
  };

  const again = () => {
    key.current = newIdempotencyKey();
    setPlaced(null);
    terms.reload(); // a retail order took stock
  };

  const body = () => {
    if (!user)
      return (
        <Result
          status="info"
          title={t('orders.order.loginToOrder')}
          extra={
            <Link to="/login" state={{ from: location.pathname }}>
              <Button type="primary">{t('orders.order.login')}</Button>
            </Link>
          }
        />
      );
    if (!canOrder) return <Result status="warning" title={t('orders.order.buyersOnly')} />;
    if (placed)
      return (
        <Result
          status="success"
          title={t('orders.order.placedTitle')}
          subTitle={t('orders.order.placedText', { no: placed.orderNo })}
          data-testid="order-placed"
          data-order-no={placed.orderNo}
          extra={[
            <Link key="view" to={`/my/orders/${placed.id}`}>
              <Button type="primary">{t('orders.order.viewOrder')}</Button>
            </Link>,
            <Button key="again" onClick={again}>
              {t('orders.order.again')}
            </Button>,
          ]}
        />
      );
    if (!product) return <Skeleton active />;
    if (product.skus.length === 0) return <Alert type="info" showIcon title={t('orders.order.noSkus')} />;
    return (
      <Form form={form} layout="vertical" requiredMark={false} className="lf-order-form" onFinish={() => void submit()}>
        <Form.Item label={t('orders.order.sku')}>
          <Select
            value={skuId}
            onChange={setSkuId}
            data-testid="order-sku"
            options={product.skus.map((s) => ({ value: s.id, label: `${specsText(s.specs)} · ${s.skuCode}` }))}
          />
        </Form.Item>
        {terms.error ? <ApiErrorAlert error={terms.error} onRetry={terms.reload} /> : null}
        {!termsData ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <>
            <Form.Item label={t('orders.order.type')} extra={typeHint(t as unknown as Translate, termsData, type)}>
              <Segmented<BuyType>
                block
                value={type}
                onChange={chooseType}
                data-testid="order-type"
                options={(['retail', 'bulk', 'sample'] as const).map((v) => ({
                  value: v,
                  label: t(`orders.order.typeOption.${v}`),
                  disabled: v === 'sample' && termsData.samplePriceFen === null,
                }))}
              />
            </Form.Item>
            <Form.Item
              label={t('orders.order.quantity')}
              extra={t('orders.order.stock', { stock: termsData.stock.toLocaleString('zh-CN'), unit: termsData.unit })}
            >
              <InputNumber<number>
                min={1}
                max={type === 'sample' ? SAMPLE_MAX_QUANTITY : ORDER_MAX_QUANTITY}
                precision={0}
                value={quantity}
                onChange={(v) => setQuantity(typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null)}
                suffix={termsData.unit}
                className="lf-order-qty"
                data-testid="order-quantity"
                inputMode="numeric"
              />
            </Form.Item>
            {priced && quantity ? <PriceSummary terms={termsData} type={type} quantity={quantity} priced={priced} /> : null}
          </>
        )}
        <Typography.Title level={5} className="lf-order-section">
          {t('orders.order.delivery')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="lf-order-section-hint">
          {t('orders.order.deliveryHint')}
        </Typography.Paragraph>
        <DeliveryFields form={form} />
        <Alert type="info" showIcon className="lf-order-paylater" title={t('orders.order.payLater')} />
      </Form>
    );
  };

  const showSubmit = canOrder && !placed && product && product.skus.length > 0;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.sm === false ? '100%' : 520}
      title={product ? `${t('orders.order.title')} · ${product.name}` : t('orders.order.title')}
      className="lf-order-drawer"
      destroyOnHidden
      footer={
        showSubmit ? (
          <div className="lf-order-footer">
            <span className="lf-price">{priced?.ok ? formatFen(priced.totalFen) : ''}</span>
            <Button
              type="primary"
              size="large"
              loading={submitting}
              disabled={!priced?.ok}
              onClick={() => void submit()}
              data-testid="order-submit"
            >
              {t('orders.order.submit')}
            </Button>
          </div>
        ) : null
      }
    >
      {body()}
    </Drawer>
  );
}

/** A plain signature: the app's full message type makes TypeScript give up on these keys' options. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

function typeHint(
  t: Translate,
  terms: { moq: number; unit: string; leadTimeDays: number; samplePriceFen: number | null },
  type: BuyType,
): string {
  if (type === 'bulk')
    return t('orders.order.typeHint.bulk', {
      moq: terms.moq.toLocaleString('zh-CN'),
      unit: terms.unit,
      days: terms.leadTimeDays,
    });
  if (type === 'sample')
    return terms.samplePriceFen === null
      ? t('orders.order.sampleUnavailable')
      : t('orders.order.typeHint.sample', { price: formatFen(terms.samplePriceFen), unit: terms.unit, max: SAMPLE_MAX_QUANTITY });
  return t('orders.order.typeHint.retail');
}
