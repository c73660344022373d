import { Button, Popconfirm, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../../utils/money';
import type { ServerClock } from './dealClock';
import { formatCountdown } from './dealClock';
import type { DealEntry } from './DealFeed';
import { useCountdown } from './useDeals';

interface Props {
  deal: DealEntry;
  clock: ServerClock;
  onStop?: () => Promise<void>;
}

/** A deal in the studio: countdown, sold / left, and "end now" behind a confirmation. */
export function RunningDeal({ deal, clock, onStop }: Props) {
  const { t } = useTranslation();
  const active = deal.status === 'active';
  const left = useCountdown(clock, active ? deal.endsAt : null);
  const sold = deal.soldAtEnd ?? deal.quantity - deal.remaining;
  const specs = Object.values(deal.specs).join(' / ');

  return (
    <li
      className={active ? 'lf-running-deal' : 'lf-running-deal lf-running-deal-ended'}
      data-testid={active ? 'running-deal' : 'ended-deal'}
      data-deal-id={deal.id}
      data-remaining={deal.remaining}
      data-sold={sold}
    >
      <div className="lf-running-head">
        <span className="lf-running-name">
          {deal.productName}
          {specs ? <span className="lf-running-specs"> · {specs}</span> : null}
        </span>
        {active ? (
          <span className="lf-deal-clock lf-running-clock" data-testid="studio-countdown">
            {formatCountdown(left)}
          </span>
        ) : (
          <Tag>{deal.endReason ? t(`live.deal.studio.reason.${deal.endReason}`) : t('live.deal.ended')}</Tag>
        )}
      </div>
      <div className="lf-running-terms">
        <span className="lf-price">{formatFen(deal.priceFen)}</span>
        <s>{formatFen(deal.retailPriceFen)}</s>
        <span>{t('live.deal.studio.perBuyerLine', { count: deal.perBuyerLimit })}</span>
      </div>
      <Progress
        percent={deal.quantity ? Math.round((sold * 100) / deal.quantity) : 0}
        showInfo={false}
        size="small"
        strokeColor="#e8112d"
      />
      <div className="lf-running-foot">
        <span data-testid="studio-deal-sold">
          {t(active ? 'live.deal.studio.soldLine' : 'live.deal.studio.endedLine', { sold, quantity: deal.quantity })}
          {active
            ? ` · ${deal.soldOut ? t('live.deal.soldOut') : t('live.deal.studio.leftLine', { count: deal.remaining })}`
            : null}
        </span>
        {active && onStop ? (
          <Popconfirm title={t('live.deal.studio.stopConfirm')} onConfirm={onStop} okButtonProps={{ danger: true }}>
            <Button size="small" danger data-testid="deal-stop">
              {t('live.deal.studio.stop')}
            </Button>
          </Popconfirm>
        ) : null}
      </div>
    </li>
  );
}
