import type { ExpoConsoleView } from '@livefair/protocol';
import { App, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useShowApiError } from '../../hooks/useShowApiError';
import { expoApi, type ExpoInput } from '../expoApi';
import { toWallTime } from '../zonedTime';
import { ExpoForm } from './ExpoForm';

export function BasicsTab({ expo, onSaved }: { expo: ExpoConsoleView; onSaved(e: ExpoConsoleView): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [form] = Form.useForm<ExpoInput>();
  const [saving, setSaving] = useState(false);
  const closed = expo.status === 'closed';
  const initial: ExpoInput = {
    name: expo.name,
    nameEn: expo.nameEn,
    description: expo.description,
    descriptionEn: expo.descriptionEn,
    timeZone: expo.timeZone,
    startsAt: toWallTime(expo.startsAt, expo.timeZone),
    endsAt: toWallTime(expo.endsAt, expo.timeZone),
  };
  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      onSaved(await expoApi.update(expo.id, values));
      void message.success(t('expoConsole.saved'));
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <ExpoForm form={form} disabled={closed} initial={initial} />
      {closed ? null : (
        <Button type="primary" loading={saving} onClick={() => void save()}>
          {t('expoConsole.save')}
        </Button>
      )}
    </>
  );
}
