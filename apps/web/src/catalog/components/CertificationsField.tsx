import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';

const COMMON = ['CE', 'FDA', '3C', 'ISO 9001', 'ISO 14001', 'RoHS', 'FCC', 'UL', 'BSCI', 'OEKO-TEX Standard 100', 'FSC'];

/** Certificates held for the product: name (CE, FDA, 3C ...), number, issuer, valid until. */
export function CertificationsField() {
  const { t } = useTranslation();
  return (
    <Form.List name="certifications">
      {(fields, { add, remove }) => (
        <div className="lf-certs-field">
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              className="lf-cert-card"
              title={`${t('catalog.form.certName')} ${i + 1}`}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={t('catalog.form.remove')}
                />
              }
            >
              <Row gutter={12}>
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item
                    name={[f.name, 'name']}
                    label={t('catalog.form.certName')}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('catalog.rules.required', { field: t('catalog.form.certName') }),
                      },
                    ]}
                  >
                    <AutoComplete options={COMMON.map((value) => ({ value }))} maxLength={64} filterOption />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item name={[f.name, 'number']} label={t('catalog.form.certNumber')}>
                    <Input maxLength={64} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item name={[f.name, 'issuer']} label={t('catalog.form.certIssuer')}>
                    <Input maxLength={128} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item name={[f.name, 'validUntil']} label={t('catalog.form.certValidUntil')}>
                    <Input type="date" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          {fields.length < 20 ? (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })} block>
              {t('catalog.form.addCert')}
            </Button>
          ) : null}
        </div>
      )}
    </Form.List>
  );
}
