import type { RfqSide, RfqThreadView } from '@livefair/protocol';
import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from './format';
import { QuoteCard } from './QuoteCard';

function Bubble({ mine, who, at, children }: { mine: boolean; who: string; at: string; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <div className={`lf-bubble-row${mine ? ' lf-mine' : ''}`}>
      <div className="lf-bubble-meta">
        {who} · {formatDateTime(at, i18n.language)}
      </div>
      <div className="lf-bubble">{children}</div>
    </div>
  );
}

/** The thread, oldest first: the request's own message, then messages and quotes; the viewer's side on the right. */
export function ThreadEntries({ thread, quoteActions }: { thread: RfqThreadView; quoteActions: (quoteId: string) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const { rfq, viewerSide } = thread;
  const name = (side: RfqSide, author: string) => (side === viewerSide ? t('quotes.thread.you') : author);
  const opening = [rfq.requirements, rfq.message].filter(Boolean);
  return (
    <div className="lf-thread" data-testid="rfq-thread">
      {opening.length > 0 ? (
        <Bubble mine={viewerSide === 'buyer'} who={name('buyer', rfq.buyerName)} at={rfq.createdAt}>
          {rfq.requirements ? (
            <div className="lf-bubble-section">
              <Typography.Text type="secondary">{t('quotes.thread.requirements')}</Typography.Text>
              <div>{rfq.requirements}</div>
            </div>
          ) : null}
          {rfq.message ? <div>{rfq.message}</div> : null}
        </Bubble>
      ) : null}
      {thread.entries.map((e) =>
        e.kind === 'message' ? (
          <Bubble
            key={e.message.id}
            mine={e.message.side === viewerSide}
            who={name(e.message.side, e.message.authorName)}
            at={e.at}
          >
            {e.message.body}
          </Bubble>
        ) : (
          <div key={e.quote.id} className={`lf-bubble-row${viewerSide === 'exhibitor' ? ' lf-mine' : ''}`}>
            <div className="lf-bubble-meta">
              {t('quotes.quote.by', { name: name('exhibitor', e.quote.authorName) })} · {formatDateTime(e.at, i18n.language)}
            </div>
            <QuoteCard quote={e.quote} rfq={rfq} actions={quoteActions(e.quote.id)} />
          </div>
        ),
      )}
      {opening.length === 0 && thread.entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quotes.thread.noEntries')} />
      ) : null}
      {rfq.status === 'closed' && rfq.closedAt ? (
        <div className="lf-thread-note">
          {t('quotes.thread.closedBy', {
            who: rfq.closedBy === 'buyer' ? t('quotes.thread.closedByBuyer') : t('quotes.thread.closedBySeller'),
            time: formatDateTime(rfq.closedAt, i18n.language),
          })}
          {rfq.closeReason ? ` ${t('quotes.thread.reason', { reason: rfq.closeReason })}` : ''}
        </div>
      ) : null}
      {rfq.status === 'expired' ? <div className="lf-thread-note">{t('quotes.thread.expiredNote')}</div> : null}
      {rfq.status === 'accepted' && rfq.orderNo ? (
        <div className="lf-thread-note lf-thread-note-ok" data-testid="rfq-ordered">
          {t('quotes.thread.acceptedNote', { orderNo: rfq.orderNo })}
        </div>
      ) : null}
    </div>
  );
}
