import type { BusinessCardView } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

/** A business card as read by the other side. */
export function BusinessCardBox({ card }: { card: BusinessCardView }) {
  const { t } = useTranslation();
  const line = (label: string, value: string | null, href?: string) =>
    value ? (
      <div>
        <span className="lf-muted">{label}：</span>
        {href ? <a href={href}>{value}</a> : value}
      </div>
    ) : null;
  return (
    <div className="lf-bizcard" data-testid="business-card">
      <div className="lf-bizcard-name">
        {card.name}
        {card.title ? <span className="lf-muted"> · {card.title}</span> : null}
      </div>
      {card.company ? <div>{card.company}</div> : null}
      {line(t('leads.cards.phone'), card.phone, card.phone ? `tel:${card.phone.replace(/[\s()-]/g, '')}` : undefined)}
      {line(t('leads.cards.email'), card.email, card.email ? `mailto:${card.email}` : undefined)}
      {line(t('leads.cards.wechat'), card.wechat)}
    </div>
  );
}
