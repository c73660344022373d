import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { useVocabulary } from '../useVocabulary';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Form.List of certificates held: a code of the vocabulary, its number, its expiry (YYYY-MM-DD). */
export function CertificationsList({ name }: { name: string }) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <div key={f.key} className="lf-editor-row" data-testid="cert-row">
              <Form.Item name={[f.name, 'code']} rules={[{ required: true }]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  options={vocab.certificationOptions}
                  placeholder={t('booths.editor.certCode')}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'number']}>
                <Input maxLength={64} placeholder={t('booths.editor.certNumber')} />
              </Form.Item>
              <Form.Item name={[f.name, 'validUntil']} rules={[{ pattern: DATE, message: 'YYYY-MM-DD' }]}>
                <Input maxLength={10} placeholder={`${t('booths.editor.certValidUntil')} YYYY-MM-DD`} />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                onClick={() => remove(f.name)}
                aria-label={t('booths.editor.remove')}
              />
            </div>
          ))}
          {fields.length < 20 ? (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: undefined, number: '', validUntil: '' })}>
              {t('booths.editor.addCertification')}
            </Button>
          ) : null}
        </>
      )}
    </Form.List>
  );
}

/** The API's shape: '' dates become null. */
export function certificationsOut(list: { code: string; number?: string; validUntil?: string | null }[] | undefined) {
  return (list ?? []).map((c) => ({ code: c.code, number: c.number ?? '', validUntil: c.validUntil ? c.validUntil : null }));
}
