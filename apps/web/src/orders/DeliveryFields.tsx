import type { InvoiceRequestView, ShipToView } from '@livefair/protocol';
import { Col, Form, Input, Radio, Row, Switch, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

/** The same shapes the server checks (libs/orders/src/dto/delivery.dto.ts). */
const PHONE = /^\+?[0-9][0-9 ()-]{5,23}$/;
const TAXPAYER = /^([0-9A-Za-z]{15}|[0-9A-Za-z]{17}|[0-9A-Za-z]{18}|[0-9A-Za-z]{20})$/;
const BANK_ACCOUNT = /^[0-9][0-9 -]{5,39}$/;

const SHIP_TO_FIELDS = ['contactName', 'phone', 'province', 'city', 'address'] as const;

export interface DeliveryFormValues {
  shipTo?: Partial<Record<(typeof SHIP_TO_FIELDS)[number], string>>;
  needInvoice?: boolean;
  invoice?: {
    kind: 'normal' | 'special';
    title?: string;
    taxpayerId?: string;
    registeredAddress?: string;
    registeredPhone?: string;
    bankName?: string;
    bankAccount?: string;
    email?: string;
  };
  note?: string;
}

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/**
 * Delivery address and VAT invoice fields, for the order dialog and the buyer's edit form. The
 * address may stay empty (fill it in later); once any of it is typed, all of it is needed.
 */
export function DeliveryFields({
  form,
  requireAddress = false,
}: {
  form: FormInstance<DeliveryFormValues>;
  requireAddress?: boolean;
}) {
  const { t } = useTranslation();
  const needInvoice = Form.useWatch('needInvoice', form);
  const kind = Form.useWatch(['invoice', 'kind'], form);
  const label = (key: string) => t(`orders.field.${key}` as 'orders.field.phone');
  const addressRule = (key: string): Rule => ({
    validator: async (_rule, value) => {
      const anyFilled = requireAddress || SHIP_TO_FIELDS.some((f) => filled(form.getFieldValue(['shipTo', f])));
      if (anyFilled && !filled(value)) throw new Error(t('orders.field.required', { field: label(key) }));
    },
  });
  const required = (key: string): Rule => ({
    required: true,
    whitespace: true,
    message: t('orders.field.required', { field: label(key) }),
  });
  const shipField = (key: (typeof SHIP_TO_FIELDS)[number], max: number, extra: Rule[] = [], placeholder?: string) => (
    <Form.Item
      name={['shipTo', key]}
      label={label(key)}
      rules={[addressRule(key), ...extra]}
      dependencies={SHIP_TO_FIELDS.filter((f) => f !== key).map((f) => ['shipTo', f])}
    >
      <Input maxLength={max} placeholder={placeholder} autoComplete={key === 'phone' ? 'tel' : undefined} />
    </Form.Item>
  );
  return (
    <>
      <Row gutter={12}>
        <Col xs={12}>{shipField('contactName', 32)}</Col>
        <Col xs={12}>{shipField('phone', 24, [{ pattern: PHONE, message: t('orders.field.phoneInvalid') }])}</Col>
        <Col xs={12}>{shipField('province', 32)}</Col>
        <Col xs={12}>{shipField('city', 32)}</Col>
        <Col xs={24}>{shipField('address', 200, [], t('orders.field.addressPlaceholder'))}</Col>
      </Row>
      <Form.Item
        name="needInvoice"
        label={t('orders.order.needInvoice')}
        valuePropName="checked"
        className="lf-order-switch"
        layout="horizontal"
        colon={false}
      >
        <Switch />
      </Form.Item>
      {needInvoice ? (
        <div className="lf-invoice-fields" data-testid="invoice-fields">
          <Form.Item name={['invoice', 'kind']} label={t('orders.field.invoiceKind')} initialValue="normal">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'normal', label: t('orders.field.invoiceNormal') },
                { value: 'special', label: t('orders.field.invoiceSpecial') },
              ]}
            />
          </Form.Item>
          <Form.Item name={['invoice', 'title']} label={label('invoiceTitle')} rules={[required('invoiceTitle')]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name={['invoice', 'taxpayerId']}
            label={label('taxpayerId')}
            rules={[required('taxpayerId'), { pattern: TAXPAYER, message: t('orders.field.taxpayerInvalid') }]}
          >
            <Input maxLength={20} />
          </Form.Item>
          {kind === 'special' ? (
            <Row gutter={12}>
              <Col xs={24}>
                <Form.Item
                  name={['invoice', 'registeredAddress']}
                  label={label('registeredAddress')}
                  rules={[required('registeredAddress')]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name={['invoice', 'registeredPhone']}
                  label={label('registeredPhone')}
                  rules={[required('registeredPhone'), { pattern: PHONE, message: t('orders.field.phoneInvalid') }]}
                >
                  <Input maxLength={24} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name={['invoice', 'bankName']} label={label('bankName')} rules={[required('bankName')]}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item
                  name={['invoice', 'bankAccount']}
                  label={label('bankAccount')}
                  rules={[required('bankAccount'), { pattern: BANK_ACCOUNT, message: t('orders.field.bankAccountInvalid') }]}
                >
                  <Input maxLength={40} inputMode="numeric" />
                </Form.Item>
              </Col>
            </Row>
          ) : null}
          <Form.Item
            name={['invoice', 'email']}
            label={label('email')}
            rules={[{ type: 'email', message: t('orders.field.emailInvalid') }]}
          >
            <Input maxLength={254} inputMode="email" />
          </Form.Item>
        </div>
      ) : null}
      <Form.Item name="note" label={t('orders.order.note')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('orders.order.notePlaceholder')} />
      </Form.Item>
    </>
  );
}

const clean = (v: string | undefined) => (v === undefined ? undefined : v.trim() || undefined);

/** The form's values as the API's shipTo / invoice / note (empty address: none; no invoice: none). */
export function deliveryOf(v: DeliveryFormValues): { shipTo?: ShipToView; invoice?: InvoiceRequestView; note?: string } {
  const s = v.shipTo ?? {};
  const shipTo = SHIP_TO_FIELDS.every((f) => filled(s[f]))
    ? {
        contactName: s.contactName!.trim(),
        phone: s.phone!.trim(),
        province: s.province!.trim(),
        city: s.city!.trim(),
        address: s.address!.trim(),
      }
    : undefined;
  const i = v.invoice;
  const invoice =
    v.needInvoice && i && i.title && i.taxpayerId
      ? {
          kind: i.kind,
          title: i.title.trim(),
          taxpayerId: i.taxpayerId.trim().toUpperCase(),
          ...(i.kind === 'special'
            ? {
                registeredAddress: clean(i.registeredAddress),
                registeredPhone: clean(i.registeredPhone),
                bankName: clean(i.bankName),
                bankAccount: clean(i.bankAccount),
              }
            : {}),
          email: clean(i.email),
        }
      : undefined;
  return { shipTo, invoice, note: clean(v.note) };
}
