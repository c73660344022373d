import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { useShowApiError } from '../../hooks/useShowApiError';
import { expoApi, type ExpoInput } from '../expoApi';
import { ExpoForm } from './ExpoForm';

/** 新建展会: a modal with the expo form; opens the new draft's console page. */
export function NewExpoButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showError = useShowApiError();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<ExpoInput>();
  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const expo = await expoApi.create({
        ...values,
        nameEn: values.nameEn ?? '',
        description: values.description ?? '',
        descriptionEn: values.descriptionEn ?? '',
      });
      setOpen(false);
      navigate(`/console/expos/${expo.id}`);
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('expoConsole.newExpo')}
      </Button>
      <Modal
        open={open}
        title={t('expoConsole.createTitle')}
        okText={t('expoConsole.create')}
        onOk={() => void submit()}
        confirmLoading={saving}
        onCancel={() => setOpen(false)}
        width={720}
        destroyOnHidden
      >
        <ExpoForm form={form} />
      </Modal>
    </>
  );
}
