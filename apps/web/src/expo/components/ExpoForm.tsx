import { AutoComplete, Col, Form, Input, Row } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ExpoInput } from '../expoApi';
import { TIME_ZONES } from '../zonedTime';

/** The expo's names, description, dates (wall times in its zone) and zone; create and edit share it. */
export function ExpoForm({
  form,
  disabled,
  initial,
}: {
  form: FormInstance<ExpoInput>;
  disabled?: boolean;
  initial?: Partial<ExpoInput>;
}) {
  const { t } = useTranslation();
  const required = (field: string) => [{ required: true, message: t('expoConsole.form.required', { field }) }];
  return (
    <Form<ExpoInput> form={form} layout="vertical" disabled={disabled} initialValues={{ timeZone: 'Asia/Shanghai', ...initial }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('expoConsole.form.name')} rules={required(t('expoConsole.form.name'))}>
            <Input maxLength={128} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nameEn" label={t('expoConsole.form.nameEn')}>
            <Input maxLength={128} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="startsAt" label={t('expoConsole.form.startsAt')} rules={required(t('expoConsole.form.startsAt'))}>
            <Input type="datetime-local" data-testid="expo-starts" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="endsAt" label={t('expoConsole.form.endsAt')} rules={required(t('expoConsole.form.endsAt'))}>
            <Input type="datetime-local" data-testid="expo-ends" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="timeZone"
            label={t('expoConsole.form.timeZone')}
            tooltip={t('expoConsole.form.timeZoneHint')}
            rules={required(t('expoConsole.form.timeZone'))}
          >
            <AutoComplete options={TIME_ZONES.map((z) => ({ value: z }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="description" label={t('expoConsole.form.description')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="descriptionEn" label={t('expoConsole.form.descriptionEn')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
