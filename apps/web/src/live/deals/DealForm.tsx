import type { DealStartRequest, ProductView } from '@livefair/protocol';
import { DEAL_MAX_QUANTITY, DEAL_MAX_SECONDS, DEAL_MIN_SECONDS } from '@livefair/protocol';
import { Button, Form, InputNumber, Segmented, Select, Space } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../../utils/money';
import { discountText, pricePercent, yuanToFen } from './dealMoney';

const PRESETS = [60, 180, 300, 600] as const;
type Preset = (typeof PRESETS)[number] | 'custom';

interface Values {
  skuId?: string;
  price?: string | null;
  quantity?: number | null;
  perBuyerLimit?: number | null;
  customValue?: number | null;
  customUnit: 'min' | 's';
}

interface Props {
  products: ProductView[];
  /** Why starting is not possible now (not live, too many running), or null. */
  blocked: string | null;
  onStart: (request: DealStartRequest) => Promise<boolean>;
}

/** Start a flash deal: SKU, price in yuan (sent in fen), quantity within stock, per-buyer limit, duration. */
export function DealForm({ products, blocked, onStart }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [preset, setPreset] = useState<Preset>(180);
  const [submitting, setSubmitting] = useState(false);
  const skuId = Form.useWatch('skuId', form);
  const price = Form.useWatch('price', form);
  const quantity = Form.useWatch('quantity', form);
  const customValue = Form.useWatch('customValue', form);
  const customUnit = Form.useWatch('customUnit', form) ?? 'min';
  const customSeconds = Math.round((customValue ?? 0) * (customUnit === 'min' ? 60 : 1));
  const customError =
    preset === 'custom' && (customSeconds < DEAL_MIN_SECONDS || customSeconds > DEAL_MAX_SECONDS)
      ? t('live.deal.studio.durationRange')
      : null;

  const skus = useMemo(
    () => new Map(products.flatMap((p) => p.skus.map((s) => [s.id, { product: p, sku: s }] as const))),
    [products],
  );
  const picked = skuId ? skus.get(skuId) : undefined;
  const retail = picked?.sku.retailPriceFen ?? null;
  const maxQty = Math.min(picked?.sku.stock ?? DEAL_MAX_QUANTITY, DEAL_MAX_QUANTITY);
  const priceFen = yuanToFen(price);
  const percent = priceFen !== null && retail !== null ? pricePercent(priceFen, retail) : null;

  const options = products
    .filter((p) => p.skus.length > 0)
    .map((p) => ({
      label: p.name,
      title: p.name,
      options: p.skus.map((s) => ({
        value: s.id,
        label: `${p.name} · ${Object.values(s.specs).join(' / ') || s.skuCode}`,
        // What the list shows: specs, price and stock; the field shows product and specs.
        display: (
          <div className="lf-deal-sku-option">
            <span>{Object.values(s.specs).join(' / ') || s.skuCode}</span>
            <span className="lf-deal-sku-meta">
              {formatFen(s.retailPriceFen)} · {t('live.deal.studio.stock', { count: s.stock })}
            </span>
          </div>
        ),
        disabled: s.stock <= 0,
      })),
    }));

  const submit = async (v: Values) => {
    if (customError) return;
    const seconds = preset === 'custom' ? customSeconds : preset;
    setSubmitting(true);
    try {
      const ok = await onStart({
        skuId: v.skuId!,
        priceFen: yuanToFen(v.price)!,
        quantity: v.quantity!,
        perBuyerLimit: v.perBuyerLimit!,
        durationSeconds: seconds,
      });
      if (ok) form.resetFields(['price', 'quantity']);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ perBuyerLimit: 1, customValue: 2, customUnit: 'min' }}
      className="lf-deal-form"
      data-testid="deal-form"
    >
      <Form.Item
        name="skuId"
        label={t('live.deal.studio.sku')}
        rules={[{ required: true, message: t('live.deal.studio.skuRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('live.deal.studio.skuPlaceholder')}
          options={options}
          optionRender={(o) => (o.data as { display?: ReactNode }).display ?? o.label}
          data-testid="deal-sku"
          popupMatchSelectWidth={false}
          onChange={() => void form.validateFields(['price', 'quantity']).catch(() => undefined)}
        />
      </Form.Item>
      <div className="lf-deal-form-row">
        <Form.Item
          name="price"
          label={t('live.deal.studio.price')}
          extra={
            retail !== null ? (
              <span data-testid="deal-retail">
                {t('live.deal.studio.retail', { price: formatFen(retail) })}
                {percent !== null ? <span className="lf-deal-off"> {discountText(percent, i18n.language)}</span> : null}
              </span>
            ) : null
          }
          rules={[
            { required: true, message: t('live.deal.studio.priceRequired') },
            {
              validator: (_, value: string | null) => {
                if (value === null || value === undefined || value === '') return Promise.resolve(); // "required" says it
                const fen = yuanToFen(value);
                if (fen === null || fen < 1) return Promise.reject(new Error(t('live.deal.studio.priceInvalid')));
                if (retail !== null && fen > retail)
                  return Promise.reject(new Error(t('live.deal.studio.priceTooHigh', { price: formatFen(retail) })));
                return Promise.resolve();
              },
            },
          ]}
        >
          <InputNumber<string>
            stringMode
            min="0.01"
            step="1"
            precision={2}
            prefix="¥"
            inputMode="decimal"
            className="lf-full-width"
            data-testid="deal-price"
          />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={t('live.deal.studio.quantity')}
          extra={picked ? t('live.deal.studio.stock', { count: picked.sku.stock }) : null}
          rules={[
            { required: true, message: t('live.deal.studio.quantityRequired') },
            { type: 'integer', min: 1, max: maxQty, message: t('live.deal.studio.quantityMax', { count: maxQty }) },
          ]}
        >
          <InputNumber
            min={1}
            max={maxQty}
            precision={0}
            inputMode="numeric"
            className="lf-full-width"
            data-testid="deal-quantity"
          />
        </Form.Item>
        <Form.Item
          name="perBuyerLimit"
          label={t('live.deal.studio.perBuyer')}
          dependencies={['quantity']}
          rules={[
            { required: true, message: t('live.deal.studio.perBuyerRequired') },
            { type: 'integer', min: 1, max: quantity ?? DEAL_MAX_QUANTITY, message: t('live.deal.studio.perBuyerMax') },
          ]}
        >
          <InputNumber min={1} precision={0} inputMode="numeric" className="lf-full-width" data-testid="deal-limit" />
        </Form.Item>
      </div>
      <Form.Item label={t('live.deal.studio.duration')} className="lf-deal-duration">
        <Segmented<Preset>
          block
          value={preset}
          onChange={setPreset}
          options={[
            ...PRESETS.map((s) => ({ value: s, label: t('live.deal.studio.minutes', { count: s / 60 }) })),
            { value: 'custom' as const, label: t('live.deal.studio.custom') },
          ]}
          data-testid="deal-duration"
        />
      </Form.Item>
      {preset === 'custom' ? (
        <Form.Item
          className="lf-deal-custom"
          required
          help={customError ?? undefined}
          validateStatus={customError ? 'error' : undefined}
        >
          <Space.Compact block>
            <Form.Item name="customValue" noStyle>
              <InputNumber min={1} precision={0} inputMode="numeric" className="lf-full-width" data-testid="deal-custom" />
            </Form.Item>
            <Form.Item name="customUnit" noStyle>
              <Select
                className="lf-deal-unit"
                options={[
                  { value: 'min', label: t('live.deal.studio.unitMinutes') },
                  { value: 's', label: t('live.deal.studio.unitSeconds') },
                ]}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
      ) : null}
      <Button
        type="primary"
        danger
        htmlType="submit"
        block
        size="large"
        loading={submitting}
        disabled={!!blocked}
        data-testid="deal-start"
      >
        {blocked ?? t('live.deal.studio.start')}
      </Button>
    </Form>
  );
}
