import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The product's specification sheet: ordered name/value lines. */
export function SpecsField() {
  const { t } = useTranslation();
  const required = (field: string) => ({ required: true, whitespace: true, message: t('catalog.rules.required', { field }) });
  return (
    <Form.List name="specifications">
      {(fields, { add, remove }) => (
        <div className="lf-pairs">
          {fields.map((f) => (
            <div key={f.key} className="lf-pair-row">
              <Form.Item name={[f.name, 'name']} rules={[required(t('catalog.form.specName'))]} className="lf-pair-name">
                <Input
                  placeholder={t('catalog.form.specNamePlaceholder')}
                  maxLength={32}
                  aria-label={t('catalog.form.specName')}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'value']} rules={[required(t('catalog.form.specValue'))]} className="lf-pair-value">
                <Input
                  placeholder={t('catalog.form.specValuePlaceholder')}
                  maxLength={200}
                  aria-label={t('catalog.form.specValue')}
                />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => remove(f.name)}
                aria-label={t('catalog.form.remove')}
              />
            </div>
          ))}
          {fields.length < 30 ? (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', value: '' })} block>
              {t('catalog.form.addSpec')}
            </Button>
          ) : null}
        </div>
      )}
    </Form.List>
  );
}
