import { LEAD_LIMITS, type LeadDetailView } from '@livefair/protocol';
import { Button, Empty, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useShowApiError } from '../hooks/useShowApiError';
import { formatLocalTime } from './format';
import { leadsApi } from './leadsApi';

/** The lead's follow-up notes, oldest first, and a box to add one (append-only). */
export function LeadNotes({ lead, onAdded }: { lead: LeadDetailView; onAdded: (next: LeadDetailView) => void }) {
  const { t, i18n } = useTranslation();
  const showError = useShowApiError();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (!text.trim()) return;
    setBusy(true);
    try {
      onAdded(await leadsApi.note(lead.id, text.trim()));
      setText('');
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Typography.Paragraph type="secondary">{t('leads.lead.notesHint')}</Typography.Paragraph>
      {lead.notes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.lead.noNotes')} />
      ) : (
        <List
          size="small"
          dataSource={lead.notes}
          renderItem={(n) => (
            <List.Item data-testid="lead-note">
              <div>
                <div className="lf-lead-note">{n.body}</div>
                <Typography.Text type="secondary">
                  {n.authorName} · {formatLocalTime(n.createdAt, i18n.language)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      {lead.notes.length < LEAD_LIMITS.notesPerLead ? (
        <div className="lf-lead-note-form">
          <Input.TextArea
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={LEAD_LIMITS.noteChars}
            placeholder={t('leads.lead.notePlaceholder')}
            data-testid="lead-note-input"
          />
          <Button onClick={() => void add()} loading={busy} disabled={!text.trim()} data-testid="lead-note-add">
            {t('leads.lead.addNote')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
