import type { QuoteView, RfqView } from '@livefair/protocol';
import { Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../utils/money';
import { formatDateTime, specsText } from './format';
import { QuoteStatusTag } from './StatusTags';

/** One quote in the thread: price, quantity, total, validity and terms; `actions` for the buyer's buttons. */
export function QuoteCard({ quote, rfq, actions }: { quote: QuoteView; rfq: RfqView; actions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const live = quote.status === 'offered';
  // Superseded, expired, withdrawn and declined quotes shrink to their numbers; the live and the accepted one show their terms.
  const full = live || quote.status === 'accepted';
  const terms = [
    { key: 'payment', label: t('quotes.quote.payment'), children: quote.paymentTerms },
    { key: 'delivery', label: t('quotes.quote.delivery'), children: quote.deliveryTerms },
    { key: 'packaging', label: t('quotes.quote.packaging'), children: quote.packaging },
    {
      key: 'lead',
      label: t('quotes.quote.leadTime'),
      children: quote.leadTimeDays === null ? '' : t('quotes.quote.leadTimeValue', { days: quote.leadTimeDays }),
    },
    { key: 'remarks', label: t('quotes.quote.remarks'), children: quote.remarks },
  ].filter((i) => i.children !== '');
  return (
    <Card size="small" className={`lf-quote-card${live ? ' lf-quote-live' : ' lf-quote-past'}`} data-testid="quote-card">
      <div className="lf-quote-head">
        <Typography.Text strong>{t('quotes.quote.title')}</Typography.Text>
        <QuoteStatusTag status={quote.status} />
      </div>
      <div className="lf-quote-price">
        <span className="lf-quote-unit-price">{formatFen(quote.unitPriceFen)}</span>
        <span className="lf-muted"> / {rfq.unit}</span>
      </div>
      <div className="lf-quote-line">
        {t('quotes.quote.quantity')} {quote.quantity.toLocaleString(i18n.language)} {rfq.unit}
        {specsText(quote.specs) ? <span className="lf-muted"> · {specsText(quote.specs)}</span> : null}
      </div>
      <div className="lf-quote-line">
        {t('quotes.quote.total')} <Typography.Text strong>{formatFen(quote.totalFen)}</Typography.Text>
      </div>
      <div className="lf-quote-line lf-muted">
        {t('quotes.quote.validUntil')} {formatDateTime(quote.validUntil, i18n.language)}
      </div>
      {full && terms.length > 0 ? <Descriptions size="small" column={1} items={terms} className="lf-quote-terms" /> : null}
      {quote.declineReason ? (
        <Typography.Paragraph type="secondary" className="lf-quote-reason">
          {t('quotes.quote.declineReasonShown', { reason: quote.declineReason })}
        </Typography.Paragraph>
      ) : null}
      {actions ? <div className="lf-quote-actions">{actions}</div> : null}
    </Card>
  );
}
