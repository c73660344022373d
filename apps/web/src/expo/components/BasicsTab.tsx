import type { ExpoConsoleView } from '@livefair/protocol';
import { App, Button, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ImageSlot } from '../../booths/components/ImageSlot';
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
  const setCover = async (key: string | null) => {
    try {
      onSaved(await expoApi.update(expo.id, { coverImageKey: key }));
      void message.success(key ? t('expoConsole.cover.saved') : t('expoConsole.cover.removed'));
    } catch (err) {
      showError(err);
    }
  };
  return (
    <>
      <div className="lf-expo-cover-field">
        <Typography.Text strong>{t('expoConsole.cover.label')}</Typography.Text>
        {closed ? (
          expo.coverUrl ? (
            <img className="lf-expo-cover-preview" src={expo.coverUrl} alt="" />
          ) : null
        ) : (
          <ImageSlot wide testId="expo-cover-slot" value={expo.coverImageKey} onChange={(key) => void setCover(key)} />
        )}
        <Typography.Text type="secondary">{t('expoConsole.cover.hint')}</Typography.Text>
      </div>
      <ExpoForm form={form} disabled={closed} initial={initial} />
      {closed ? null : (
        <Button type="primary" loading={saving} onClick={() => void save()}>
          {t('expoConsole.save')}
        </Button>
      )}
    </>
  );
}
