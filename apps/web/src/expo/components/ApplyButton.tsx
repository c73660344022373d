import type { ExpoStatus } from '@livefair/protocol';
import { App, Button, Input, Modal, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useAuth } from '../../auth/useAuth';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { expoApi } from '../expoApi';

const COLORS = { pending: 'gold', admitted: 'green', rejected: 'default' } as const;

/** 申请参展 on an open expo's page, for exhibitors: or where their application stands. */
export function ApplyButton({ expoId, status }: { expoId: string; status: ExpoStatus }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const exhibitor = user?.role === 'exhibitor';
  const mine = useApi((s) => expoApi.myApplications(s), exhibitor ? `my-applications:${version}` : null);
  if (!exhibitor || (status !== 'open' && status !== 'published')) return null;
  const current = (mine.data ?? []).find((a) => a.expoId === expoId && a.status !== 'rejected');
  const rejected = (mine.data ?? []).find((a) => a.expoId === expoId && a.status === 'rejected');
  if (current) {
    return (
      <Tag color={COLORS[current.status]} data-testid="my-application">
        {t('expoConsole.apply.status', { status: t(`expoConsole.applications.${current.status}`) })}
      </Tag>
    );
  }
  const submit = async () => {
    try {
      await expoApi.apply(expoId, text.trim());
      void message.success(t('expoConsole.apply.sent'));
      setOpen(false);
      setVersion((v) => v + 1);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <>
      <Tooltip title={rejected ? t('expoConsole.apply.rejectedBefore', { reason: rejected.reason }) : undefined}>
        <Button type="primary" onClick={() => setOpen(true)} data-testid="apply">
          {t('expoConsole.apply.button')}
        </Button>
      </Tooltip>
      <Modal
        open={open}
        title={t('expoConsole.apply.button')}
        okText={t('expoConsole.apply.send')}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('expoConsole.apply.placeholder')}
        />
      </Modal>
    </>
  );
}
