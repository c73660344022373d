import type { SuggestionView } from '@livefair/protocol';
import { App, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { useShowApiError } from '../hooks/useShowApiError';
import { formatFen } from '../utils/money';
import { matchingApi } from './matchingApi';
import { BookMeetingButton } from '../meetings/BookMeetingButton';
import { ReasonTags } from './ReasonTags';

/** One suggested factory: rank, score, the products that fit, the reasons, and what the buyer can do. */
export function SuggestionCard({ demandId, s, onChanged }: { demandId: string; s: SuggestionView; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const invite = async () => {
    setBusy(true);
    try {
      const rfq = await matchingApi.invite(demandId, s.supplier.id);
      void message.success(t('matching.results.inviteSent'));
      onChanged();
      navigate(`/my/rfqs/${rfq.id}`);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const contact = async () => {
    setBusy(true);
    try {
      const c = await matchingApi.contact(demandId, s.supplier.id);
      onChanged();
      if (c.boothIds[0]) navigate(`/booths/${c.boothIds[0]}`);
      else void message.info(t('matching.results.notInvitable'));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  const place = [s.supplier.province, s.supplier.city].filter(Boolean).join(' · ');
  return (
    <Card size="small" className="lf-match-card">
      <div className="lf-match-card-head">
        <Space size={8} wrap>
          <Tag color="blue">#{s.rank}</Tag>
          <span className="lf-match-card-name">{s.supplier.name}</span>
          {place ? <Typography.Text type="secondary">{place}</Typography.Text> : null}
          {s.supplier.source === 'import' ? <Tag>{t('matching.results.imported')}</Tag> : null}
        </Space>
        <Space size={6} wrap>
          {s.hard ? <Tag color="red">{t('matching.results.hard', { count: s.hard })}</Tag> : null}
          {s.soft ? <Tag color="gold">{t('matching.results.soft', { count: s.soft })}</Tag> : null}
          <Typography.Text strong>{t('matching.results.score', { score: s.score.toFixed(1) })}</Typography.Text>
        </Space>
      </div>
      <ul className="lf-match-products">
        {s.products.map((p) => (
          <li key={p.id}>
            {p.title}
            {p.priceFen !== null ? ` · ${formatFen(p.priceFen)}` : ''} · {t('matching.results.moq', { moq: p.moq })}
            {p.leadTimeDays !== null ? ` · ${t('matching.results.leadTime', { days: p.leadTimeDays })}` : ''}
          </li>
        ))}
      </ul>
      <ReasonTags reasons={s.reasons} />
      <div className="lf-match-actions">
        {s.status === 'invited' && s.rfqId ? (
          <Button size="small" onClick={() => navigate(`/my/rfqs/${s.rfqId}`)}>
            {t('matching.results.invited')}
          </Button>
        ) : (
          <Button type="primary" size="small" loading={busy} disabled={!s.invitable} onClick={() => void invite()}>
            {t('matching.results.invite')}
          </Button>
        )}
        <Button size="small" loading={busy} onClick={() => void contact()}>
          {s.status === 'contacted' ? t('matching.results.contacted') : t('matching.results.contact')}
        </Button>
        {s.supplier.enterpriseId ? (
          <BookMeetingButton enterpriseId={s.supplier.enterpriseId} enterpriseName={s.supplier.name} demandId={demandId} />
        ) : null}
        {!s.invitable ? <Typography.Text type="secondary">{t('matching.results.notInvitable')}</Typography.Text> : null}
      </div>
    </Card>
  );
}
