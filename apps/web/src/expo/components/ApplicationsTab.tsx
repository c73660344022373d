import type { ApplicationStatus, ApplicationView } from '@livefair/protocol';
import { App, Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { expoApi } from '../expoApi';
import { useHallMaps } from './useHallMaps';

const COLORS: Record<ApplicationStatus, string> = { pending: 'gold', admitted: 'green', rejected: 'default' };

/** Applications: admit, reject with a reason, and give admitted exhibitors a free slot. */
export function ApplicationsTab({ expoId, readOnly }: { expoId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [version, setVersion] = useState(0);
  const apps = useApi((s) => expoApi.applications(expoId, s), `applications:${expoId}:${version}`);
  const maps = useHallMaps(expoId, version);
  const [rejecting, setRejecting] = useState<ApplicationView | null>(null);
  const [reason, setReason] = useState('');
  const refresh = () => setVersion((v) => v + 1);
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
      refresh();
    } catch (err) {
      showError(err);
    }
  };
  const freeSlots = (maps.data ?? []).flatMap((m) =>
    m.slots.filter((s) => !s.booth).map((s) => ({ value: s.id, label: `${m.hall.name} · ${s.code}` })),
  );
  const boothCode = new Map(
    (maps.data ?? []).flatMap((m) => m.slots.filter((s) => s.booth).map((s) => [s.booth!.id, `${m.hall.name} · ${s.code}`])),
  );

  if (apps.error) return <ApiErrorAlert error={apps.error} onRetry={apps.reload} />;
  return (
    <>
      <Table<ApplicationView>
        rowKey="id"
        loading={apps.loading}
        dataSource={apps.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('expoConsole.applications.empty') }}
        columns={[
          { title: t('expoConsole.applications.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('expoConsole.applications.message'), dataIndex: 'message', responsive: ['md'], ellipsis: true },
          {
            title: t('expoConsole.applications.status'),
            dataIndex: 'status',
            render: (s: ApplicationStatus, a) => (
              <Space direction="vertical" size={0}>
                <Tag color={COLORS[s]}>{t(`expoConsole.applications.${s}`)}</Tag>
                {a.reason ? <span className="lf-muted">{a.reason}</span> : null}
              </Space>
            ),
          },
          {
            title: t('expoConsole.applications.booth'),
            key: 'booth',
            render: (_: unknown, a) => (a.boothId ? (boothCode.get(a.boothId) ?? '✓') : '—'),
          },
          {
            title: t('expoConsole.applications.actions'),
            key: 'actions',
            render: (_: unknown, a) => {
              if (readOnly) return null;
              if (a.status === 'pending') {
                return (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => void run(() => expoApi.decide(a.id, 'admit'), t('expoConsole.applications.admitted'))}
                    >
                      {t('expoConsole.applications.admit')}
                    </Button>
                    <Button size="small" danger onClick={() => (setRejecting(a), setReason(''))}>
                      {t('expoConsole.applications.reject')}
                    </Button>
                  </Space>
                );
              }
              if (a.status === 'admitted' && !a.boothId) {
                return (
                  <Select
                    size="small"
                    style={{ minWidth: 160 }}
                    placeholder={t('expoConsole.applications.assignPlaceholder')}
                    options={freeSlots}
                    onChange={(slotId: string) =>
                      void run(() => expoApi.assign(a.id, slotId), t('expoConsole.applications.assigned'))
                    }
                  />
                );
              }
              return null;
            },
          },
        ]}
      />
      <Modal
        open={!!rejecting}
        title={t('expoConsole.applications.rejectTitle')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        okText={t('expoConsole.applications.reject')}
        onCancel={() => setRejecting(null)}
        onOk={() => {
          const a = rejecting!;
          setRejecting(null);
          void run(() => expoApi.decide(a.id, 'reject', reason.trim()), t('expoConsole.applications.rejected'));
        }}
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          rows={3}
          placeholder={t('expoConsole.applications.reason')}
        />
      </Modal>
    </>
  );
}
