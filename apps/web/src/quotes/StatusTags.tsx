import type { QuoteStatus, RfqStatus } from '@livefair/protocol';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const RFQ_COLORS: Record<RfqStatus, string> = {
  open: 'gold',
  quoted: 'blue',
  declined: 'orange',
  accepted: 'green',
  closed: 'default',
  expired: 'default',
};

const QUOTE_COLORS: Record<QuoteStatus, string> = {
  offered: 'blue',
  accepted: 'green',
  declined: 'red',
  superseded: 'default',
  expired: 'default',
  withdrawn: 'default',
};

export function RfqStatusTag({ status }: { status: RfqStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={RFQ_COLORS[status]} className="lf-rfq-status" data-status={status}>
      {t(`quotes.status.${status}`)}
    </Tag>
  );
}

export function QuoteStatusTag({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={QUOTE_COLORS[status]} className="lf-quote-status" data-status={status}>
      {t(`quotes.quoteStatus.${status}`)}
    </Tag>
  );
}
