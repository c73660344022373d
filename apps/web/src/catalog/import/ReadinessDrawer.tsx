import type { ReadinessItemView } from '@livefair/protocol';
import { Button, Checkbox, Drawer, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useShowApiError } from '../../hooks/useShowApiError';
import { fenToYuan, yuanToFen } from '../yuan';
import { importApi, type ReadinessEdit } from './importApi';

interface Values {
  name: string;
  description: string;
  category: string;
  wholesale: string;
  retail: string;
  ccc?: 'required' | 'not-required';
  certifications: string[];
  labelsConfirmed: string[];
}

/** 完善内销信息: the exhibitor edits the proposals and answers the checklist of one product. */
export function ReadinessDrawer({
  item,
  onClose,
  onSaved,
}: {
  item: ReadinessItemView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const derived = new Set(['zh-name', 'producer', 'address']);
  const initial: Values = {
    name: /[\u4e00-\u9fff]/.test(item.name) ? item.name : '',
    description: item.description,
    category: item.category,
    wholesale: item.wholesaleFen === null ? '' : fenToYuan(item.wholesaleFen),
    retail: item.retailFen === null ? '' : fenToYuan(item.retailFen),
    ccc: item.ccc === 'required' || item.ccc === 'not-required' ? item.ccc : undefined,
    certifications: item.certifications,
    labelsConfirmed: item.labelling.filter((l) => l.ok && !derived.has(l.key)).map((l) => l.key),
  };
  const save = async (v: Values) => {
    const body: ReadinessEdit = {
      description: v.description,
      category: v.category,
      certifications: v.certifications,
      labelsConfirmed: v.labelsConfirmed,
    };
    if (v.name.trim()) body.name = v.name.trim();
    const w = yuanToFen(v.wholesale);
    const r = yuanToFen(v.retail);
    if (w !== null && w !== item.wholesaleFen) body.wholesaleFen = w;
    if (r !== null && r !== item.retailFen) body.retailFen = r;
    if (v.ccc) body.ccc = v.ccc;
    try {
      await importApi.edit(item.productId, body);
      onSaved();
    } catch (err) {
      showError(err);
    }
  };
  const yuanRule = { pattern: /^\d{1,8}(\.\d{1,2})?$/, message: t('catalogImport.readiness.drawer.priceInvalid') };
  return (
    <Drawer
      open
      title={t('catalogImport.readiness.drawer.title')}
      onClose={onClose}
      width={520}
      className="lf-readiness-drawer"
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {item.itemNo} · {item.nameEn}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)}>
        <Form.Item name="name" label={t('catalogImport.readiness.drawer.name')} rules={[{ max: 200 }]}>
          <Input maxLength={200} data-testid="readiness-name" />
        </Form.Item>
        <Form.Item name="description" label={t('catalogImport.readiness.drawer.description')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="category" label={t('catalogImport.readiness.drawer.category')} rules={[{ max: 64 }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Space className="lf-readiness-prices" wrap>
          <Form.Item name="wholesale" label={t('catalogImport.readiness.drawer.wholesale')} rules={[yuanRule]}>
            <Input prefix="¥" inputMode="decimal" />
          </Form.Item>
          <Form.Item name="retail" label={t('catalogImport.readiness.drawer.retail')} rules={[yuanRule]}>
            <Input prefix="¥" inputMode="decimal" />
          </Form.Item>
        </Space>
        {item.ccc !== 'not-listed' ? (
          <Form.Item name="ccc" label={t('catalogImport.readiness.drawer.cccQuestion')} extra={item.cccReason}>
            <Radio.Group data-testid="readiness-ccc">
              <Radio value="required">{t('catalogImport.readiness.drawer.cccRequired')}</Radio>
              <Radio value="not-required">{t('catalogImport.readiness.drawer.cccNotRequired')}</Radio>
            </Radio.Group>
          </Form.Item>
        ) : null}
        <Form.Item name="certifications" label={t('catalogImport.readiness.drawer.certifications')}>
          <Select mode="tags" maxCount={20} tokenSeparators={[',', '，']} />
        </Form.Item>
        <Form.Item name="labelsConfirmed" label={t('catalogImport.readiness.drawer.labelling')}>
          <Checkbox.Group className="lf-readiness-labels">
            {item.labelling.map((l) => (
              <Checkbox key={l.key} value={l.key} disabled={derived.has(l.key)} checked={derived.has(l.key) ? l.ok : undefined}>
                {l.label}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="readiness-save">
          {t('catalogImport.readiness.drawer.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
