import type { MeetingView } from '@livefair/protocol';
import { App, Button, Card, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { useShowApiError } from '../hooks/useShowApiError';
import { slotText } from './format';
import { meetingsApi } from './meetingsApi';

const STATUS_COLOR = { proposed: 'gold', accepted: 'green', declined: 'default', cancelled: 'default' } as const;

/** One meeting in 我的洽谈: who, what, when; accept/decline (staff), cancel (both), enter the room. */
export function MeetingCard({ m, side, onChange }: { m: MeetingView; side: 'buyer' | 'exhibitor'; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowApiError();
  const [busy, setBusy] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const lang = i18n.language;

  const run = async (step: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await step();
      void message.success(t('meetings.list.done'));
      onChange();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const open = m.status === 'proposed' || (m.status === 'accepted' && m.accepted && Date.parse(m.accepted.endsAt) > Date.now());
  const roomOpen = m.room && Date.parse(m.room.opensAt) <= Date.now() && Date.now() < Date.parse(m.room.closesAt);

  return (
    <Card
      className="lf-meet-card"
      data-testid="meeting-card"
      title={
        <Space wrap size={[8, 4]}>
          <Tag color={STATUS_COLOR[m.status]}>{t(`meetings.status.${m.status}`)}</Tag>
          <span>{side === 'buyer' ? m.enterpriseName : m.buyerName}</span>
        </Space>
      }
    >
      <Typography.Paragraph strong>{m.topic}</Typography.Paragraph>
      {m.message ? <Typography.Paragraph type="secondary">{m.message}</Typography.Paragraph> : null}
      {m.accepted ? (
        <Typography.Paragraph>{t('meetings.list.timeIs', { time: slotText(m.accepted, lang) })}</Typography.Paragraph>
      ) : (
        <div className="lf-meet-slots">
          <Typography.Text type="secondary">{t('meetings.list.proposedSlots')}</Typography.Text>
          {m.slots.map((s, i) => (
            <div className="lf-meet-slot" key={s.startsAt}>
              <span>{slotText(s, lang)}</span>
              {side === 'exhibitor' && m.status === 'proposed' ? (
                <Button
                  size="small"
                  type="primary"
                  loading={busy}
                  onClick={() => void run(() => meetingsApi.accept(m.id, i))}
                  data-testid="meeting-accept"
                >
                  {t('meetings.list.accept')}
                </Button>
              ) : null}
            </div>
          ))}
        </div>
      )}
      {m.declineReason ? (
        <Typography.Paragraph type="secondary">
          {t('meetings.list.declinedBecause', { reason: m.declineReason })}
        </Typography.Paragraph>
      ) : null}
      {m.cancelledBy ? (
        <Typography.Paragraph type="secondary">
          {t('meetings.list.cancelledBy', {
            who: t(m.cancelledBy === 'buyer' ? 'meetings.list.byBuyer' : 'meetings.list.byEnterprise'),
          })}
          {m.cancelReason ? `：${m.cancelReason}` : ''}
        </Typography.Paragraph>
      ) : null}
      <Space wrap style={{ marginTop: 8 }}>
        {m.room ? (
          <Button
            type="primary"
            disabled={!roomOpen}
            onClick={() => navigate(`/meetings/${m.id}/room`)}
            data-testid="meeting-enter"
          >
            {t('meetings.list.enter')}
          </Button>
        ) : null}
        {m.room && !roomOpen ? (
          <Typography.Text type="secondary">
            {t('meetings.list.opensAt', { time: new Date(m.room.opensAt).toLocaleString(lang, { hour12: false }) })}
          </Typography.Text>
        ) : null}
        {side === 'exhibitor' && m.status === 'proposed' ? (
          <Button onClick={() => setDeclining(true)} disabled={busy}>
            {t('meetings.list.decline')}
          </Button>
        ) : null}
        {open ? (
          <Button
            danger
            disabled={busy}
            onClick={() =>
              modal.confirm({ title: t('meetings.list.cancelConfirm'), onOk: () => run(() => meetingsApi.cancel(m.id)) })
            }
          >
            {t('meetings.list.cancel')}
          </Button>
        ) : null}
      </Space>
      <Modal
        open={declining}
        title={t('meetings.list.declineTitle')}
        onCancel={() => setDeclining(false)}
        okButtonProps={{ disabled: !reason.trim(), loading: busy }}
        onOk={() => void run(() => meetingsApi.decline(m.id, reason.trim())).then(() => setDeclining(false))}
      >
        <Input.TextArea
          maxLength={200}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('meetings.list.reason')}
        />
      </Modal>
    </Card>
  );
}
