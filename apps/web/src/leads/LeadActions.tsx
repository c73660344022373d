import type { LeadDetailView, LeadStatus } from '@livefair/protocol';
import { LEAD_LIMITS } from '@livefair/protocol';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useShowApiError } from '../hooks/useShowApiError';
import { leadsApi } from './leadsApi';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The buttons for the statuses a lead may move to; lost asks for a reason, quoted may name an RFQ. */
export function LeadActions({ lead, onMoved }: { lead: LeadDetailView; onMoved: (next: LeadDetailView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [busy, setBusy] = useState<LeadStatus | null>(null);
  const [asking, setAsking] = useState<'lost' | 'quoted' | null>(null);
  const [form] = Form.useForm<{ reason?: string; rfqId?: string }>();

  const move = async (to: LeadStatus, extra: { reason?: string; rfqId?: string } = {}) => {
    setBusy(to);
    try {
      onMoved(await leadsApi.move(lead.id, { to, ...extra }));
      void message.success(t('leads.lead.moved'));
      setAsking(null);
      form.resetFields();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };

  if (lead.next.length === 0) return <Typography.Text type="secondary">{t('leads.lead.final')}</Typography.Text>;
  return (
    <div className="lf-lead-actions">
      {lead.next.map((to) => (
        <Button
          key={to}
          type={to === 'lost' ? 'default' : 'primary'}
          danger={to === 'lost'}
          loading={busy === to}
          onClick={() => (to === 'lost' || to === 'quoted' ? setAsking(to) : void move(to))}
          data-testid={`lead-move-${to}`}
        >
          {t('leads.lead.moveTo', { status: t(`leads.status.${to}`) })}
        </Button>
      ))}
      <Modal
        open={asking !== null}
        title={asking === 'lost' ? t('leads.lead.lostTitle') : t('leads.lead.quotedTitle')}
        okText={t('leads.lead.ok')}
        okButtonProps={{ danger: asking === 'lost', loading: busy !== null }}
        onOk={() => form.submit()}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) =>
            void move(
              asking ?? 'lost',
              asking === 'lost' ? { reason: v.reason?.trim() } : v.rfqId?.trim() ? { rfqId: v.rfqId.trim() } : {},
            )
          }
        >
          {asking === 'lost' ? (
            <Form.Item
              name="reason"
              label={t('leads.lead.lostLabel')}
              rules={[{ required: true, whitespace: true, message: t('leads.lead.lostRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={LEAD_LIMITS.reasonChars} showCount data-testid="lead-lost-reason" />
            </Form.Item>
          ) : (
            <Form.Item
              name="rfqId"
              label={t('leads.lead.rfqLabel')}
              extra={t('leads.lead.rfqHint')}
              rules={[{ pattern: UUID, message: t('leads.lead.rfqLabel') }]}
            >
              <Input maxLength={36} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
