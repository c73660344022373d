import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Switch, Typography } from 'antd';
import type { FormInstance, FormRule } from 'antd';
import { useTranslation } from 'react-i18next';

import { emptySku, type ProductForm, type TierForm } from '../productForm';
import { isYuan, yuanToFen } from '../yuan';

const MAX_SKUS = 100;
const MAX_TIERS = 10;

/** The SKU cards: code, option values, retail price, stock, MOQ, sample, lead time and the wholesale tiers. */
export function SkuEditor({ form }: { form: FormInstance<ProductForm> }) {
  const { t } = useTranslation();
  const specNames = (Form.useWatch('specNames', form) ?? []).filter((n: string) => n.trim());
  const need = (field: string): FormRule => ({ required: true, message: t('catalog.rules.required', { field }) });
  const yuan: FormRule = {
    validator: (_, v) =>
      v === undefined || v === null || v === '' || isYuan(v)
        ? Promise.resolve()
        : Promise.reject(new Error(t('catalog.rules.yuan'))),
  };
  const uniqueCode =
    (index: number): FormRule =>
    ({ getFieldValue }) => ({
      validator: (_, v: string | undefined) => {
        const codes = (getFieldValue('skus') as { skuCode?: string }[]).map((s) => (s?.skuCode ?? '').trim().toLowerCase());
        const mine = (v ?? '').trim().toLowerCase();
        return mine && codes.some((c, i) => i !== index && c === mine)
          ? Promise.reject(new Error(t('catalog.rules.duplicateCode')))
          : Promise.resolve();
      },
    });
  /** A tier row: both or neither; above the previous filled row's quantity, not above its price. */
  const tierRule =
    (sku: number, tier: number, part: 'minQty' | 'unitYuan'): FormRule =>
    ({ getFieldValue }) => ({
      validator: () => {
        const tiers = (getFieldValue(['skus', sku, 'tiers']) ?? []) as TierForm[];
        const row = tiers[tier] ?? {};
        const has = (x: TierForm) => x.minQty != null || (x.unitYuan ?? '') !== '';
        if (!has(row)) {
          const anyFilled = tiers.some((x) => x && x.minQty != null && (x.unitYuan ?? '') !== '');
          return tier === 0 && !anyFilled && part === 'minQty'
            ? Promise.reject(new Error(t('catalog.rules.tiersNeeded')))
            : Promise.resolve();
        }
        if (part === 'minQty' && row.minQty == null)
          return Promise.reject(new Error(t('catalog.rules.required', { field: t('catalog.form.tierQty') })));
        if (part === 'unitYuan' && (row.unitYuan ?? '') === '')
          return Promise.reject(new Error(t('catalog.rules.required', { field: t('catalog.form.tierPrice') })));
        const prev = tiers
          .slice(0, tier)
          .filter((x) => x && x.minQty != null && (x.unitYuan ?? '') !== '')
          .pop();
        if (!prev) return Promise.resolve();
        if (part === 'minQty' && (row.minQty as number) <= (prev.minQty as number))
          return Promise.reject(new Error(t('catalog.rules.tierQtyRising')));
        const mine = yuanToFen(row.unitYuan);
        const before = yuanToFen(prev.unitYuan);
        if (part === 'unitYuan' && mine !== null && before !== null && mine > before)
          return Promise.reject(new Error(t('catalog.rules.tierPriceFalling')));
        return Promise.resolve();
      },
    });

  return (
    <Form.List name="skus">
      {(fields, { add, remove }) => (
        <div className="lf-sku-editor">
          {fields.length === 0 ? <Typography.Text type="secondary">{t('catalog.form.noSkuYet')}</Typography.Text> : null}
          {fields.map((f, index) => (
            <Card
              key={f.key}
              size="small"
              className="lf-sku-card"
              data-testid="sku-card"
              title={t('catalog.form.sku', { n: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={t('catalog.form.removeSku')}
                >
                  <span className="lf-hide-xs">{t('catalog.form.removeSku')}</span>
                </Button>
              }
            >
              <Row gutter={12}>
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item
                    name={[f.name, 'skuCode']}
                    label={t('catalog.form.skuCode')}
                    rules={[{ ...need(t('catalog.form.skuCode')), whitespace: true }, uniqueCode(index)]}
                  >
                    <Input maxLength={64} placeholder="TS-200-M" />
                  </Form.Item>
                </Col>
                {specNames.map((name: string) => (
                  <Col xs={12} sm={6} lg={3} key={name}>
                    <Form.Item
                      name={[f.name, 'specs', name]}
                      label={name}
                      rules={[{ required: true, whitespace: true, message: t('catalog.rules.specValue') }]}
                    >
                      <Input maxLength={64} />
                    </Form.Item>
                  </Col>
                ))}
                <Col xs={12} sm={6} lg={3}>
                  <Form.Item
                    name={[f.name, 'retailYuan']}
                    label={t('catalog.form.retailPrice')}
                    rules={[need(t('catalog.form.retailPrice')), yuan]}
                  >
                    <InputNumber<string> stringMode min="0" step="0.01" precision={2} className="lf-w100" inputMode="decimal" />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={6} lg={3}>
                  <Form.Item name={[f.name, 'stock']} label={t('catalog.form.stock')} rules={[need(t('catalog.form.stock'))]}>
                    <InputNumber min={0} max={1_000_000_000} precision={0} className="lf-w100" inputMode="numeric" />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={6} lg={3}>
                  <Form.Item name={[f.name, 'moq']} label={t('catalog.form.moq')} rules={[need(t('catalog.form.moq'))]}>
                    <InputNumber min={1} max={1_000_000_000} precision={0} className="lf-w100" inputMode="numeric" />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={6} lg={3}>
                  <Form.Item
                    name={[f.name, 'leadTimeDays']}
                    label={t('catalog.form.leadTime')}
                    rules={[need(t('catalog.form.leadTime'))]}
                  >
                    <InputNumber min={0} max={365} precision={0} className="lf-w100" inputMode="numeric" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <div className="lf-sample">
                    <Form.Item name={[f.name, 'sampleOn']} label={t('catalog.form.sample')} valuePropName="checked">
                      <Switch />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate={(a, b) => a.skus?.[index]?.sampleOn !== b.skus?.[index]?.sampleOn}>
                      {({ getFieldValue }) =>
                        getFieldValue(['skus', f.name, 'sampleOn']) ? (
                          <Form.Item
                            name={[f.name, 'sampleYuan']}
                            label={t('catalog.form.samplePrice')}
                            extra={t('catalog.form.sampleFreeHint')}
                            rules={[need(t('catalog.form.samplePrice')), yuan]}
                            className="lf-grow"
                          >
                            <InputNumber<string>
                              stringMode
                              min="0"
                              step="0.01"
                              precision={2}
                              className="lf-w100"
                              inputMode="decimal"
                            />
                          </Form.Item>
                        ) : null
                      }
                    </Form.Item>
                  </div>
                </Col>
              </Row>
              <Typography.Text strong>{t('catalog.form.tiers')}</Typography.Text>
              <Form.List name={[f.name, 'tiers']}>
                {(tiers, tierOps) => (
                  <div className="lf-tiers-edit">
                    <div className="lf-tier-row lf-tier-head">
                      <span>{t('catalog.form.tierQty')}</span>
                      <span>{t('catalog.form.tierPrice')}</span>
                      <span />
                    </div>
                    {tiers.map((tier, ti) => (
                      <div key={tier.key} className="lf-tier-row" data-testid="tier-row">
                        <Form.Item
                          name={[tier.name, 'minQty']}
                          rules={[tierRule(index, ti, 'minQty')]}
                          dependencies={[['skus', index, 'tiers']]}
                        >
                          <InputNumber
                            min={1}
                            max={1_000_000_000}
                            precision={0}
                            className="lf-w100"
                            inputMode="numeric"
                            aria-label={t('catalog.form.tierQty')}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[tier.name, 'unitYuan']}
                          rules={[yuan, tierRule(index, ti, 'unitYuan')]}
                          dependencies={[['skus', index, 'tiers']]}
                        >
                          <InputNumber<string>
                            stringMode
                            min="0"
                            step="0.01"
                            precision={2}
                            className="lf-w100"
                            inputMode="decimal"
                            aria-label={t('catalog.form.tierPrice')}
                          />
                        </Form.Item>
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          disabled={tiers.length <= 1}
                          onClick={() => tierOps.remove(tier.name)}
                          aria-label={t('catalog.form.removeTier')}
                        />
                      </div>
                    ))}
                    {tiers.length < MAX_TIERS ? (
                      <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => tierOps.add({})}>
                        {t('catalog.form.addTier')}
                      </Button>
                    ) : null}
                  </div>
                )}
              </Form.List>
            </Card>
          ))}
          {fields.length < MAX_SKUS ? (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptySku())} block data-testid="add-sku">
              {t('catalog.form.addSku')}
            </Button>
          ) : null}
        </div>
      )}
    </Form.List>
  );
}
