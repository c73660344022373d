import { CheckCircleFilled, CloseOutlined, MinusOutlined, PlusOutlined, ThunderboltFilled } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatFen } from '../../utils/money';
import { useLiveErrorText } from '../errors';
import type { ServerClock } from './dealClock';
import { formatCountdown } from './dealClock';
import type { BuyState } from './DealBuyer';
import type { DealEntry } from './DealFeed';
import { discountText, pricePercent } from './dealMoney';
import { useCountdown } from './useDeals';

interface Props {
  deal: DealEntry;
  clock: ServerClock;
  buy: BuyState;
  onBuy: (quantity: number) => void;
  onReset: () => void;
  onDismiss: () => void;
}

/** One flash deal for the buyer: price, countdown by the server's clock, stock left, quantity and the buy button. */
export function DealCard({ deal, clock, buy, onBuy, onReset, onDismiss }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useLiveErrorText();
  const left = useCountdown(clock, deal.status === 'active' ? deal.endsAt : null);
  const over = deal.status === 'ended' || left <= 0;
  const mine = deal.yourQuantity ?? 0;
  const maxQty = Math.max(0, Math.min(deal.perBuyerLimit - mine, deal.remaining));
  const [qty, setQty] = useState(1);
  useEffect(() => setQty((q) => Math.max(1, Math.min(q, maxQty))), [maxQty]);

  const percent = pricePercent(deal.priceFen, deal.retailPriceFen);
  const specs = Object.values(deal.specs).join(' / ');
  const stockShare = deal.quantity > 0 ? Math.round((deal.remaining * 100) / deal.quantity) : 0;
  const busy = buy.phase === 'buying' || buy.phase === 'retrying';

  return (
    <div
      className={`lf-deal${over ? ' lf-deal-over' : ''}${deal.soldOut ? ' lf-deal-soldout' : ''}`}
      data-testid="deal-card"
      data-deal-id={deal.id}
      data-status={over ? 'ended' : 'active'}
      data-remaining={deal.remaining}
      data-sold-out={deal.soldOut}
    >
      <div className="lf-deal-head">
        <span className="lf-deal-badge">
          <ThunderboltFilled /> {t('live.deal.label')}
        </span>
        <span className="lf-deal-name">{deal.productName}</span>
        {over ? null : (
          <span className="lf-deal-clock" data-testid="deal-countdown" data-ms={Math.max(0, Math.round(left))}>
            {formatCountdown(left)}
          </span>
        )}
        {over || buy.phase === 'bought' ? (
          <button type="button" className="lf-deal-close" aria-label={t('live.deal.dismiss')} onClick={onDismiss}>
            <CloseOutlined />
          </button>
        ) : null}
      </div>
      <div className="lf-deal-prices">
        <span className="lf-deal-price">{formatFen(deal.priceFen)}</span>
        {deal.retailPriceFen > deal.priceFen ? <s className="lf-deal-was">{formatFen(deal.retailPriceFen)}</s> : null}
        {percent !== null ? <span className="lf-deal-off">{discountText(percent, i18n.language)}</span> : null}
        {specs ? <span className="lf-deal-specs">{specs}</span> : null}
      </div>
      <div className="lf-deal-stock">
        <div className="lf-deal-bar" aria-hidden>
          <div className="lf-deal-bar-left" style={{ width: `${stockShare}%` }} />
        </div>
        <span className="lf-deal-stock-text" data-testid="deal-stock" data-remaining={deal.remaining}>
          {deal.soldOut ? t('live.deal.soldOut') : t('live.deal.left', { count: deal.remaining, unit: deal.unit })}
        </span>
        <span className="lf-deal-limit">
          {mine > 0 ? t('live.deal.yours', { count: mine }) : t('live.deal.limit', { count: deal.perBuyerLimit })}
        </span>
      </div>
      <div className="lf-deal-action">{action()}</div>
    </div>
  );

  function action() {
    if (buy.phase === 'bought' && buy.result) {
      return (
        <div
          className="lf-deal-bought"
          data-testid="deal-bought"
          data-order-no={buy.result.orderNo}
          data-replayed={buy.result.replayed}
        >
          <div className="lf-deal-bought-title">
            <CheckCircleFilled /> {t('live.deal.bought')}
            <span className="lf-deal-order-no">{t('live.deal.orderNo', { no: buy.result.orderNo })}</span>
          </div>
          <div className="lf-deal-payby">{t('live.deal.payBy', { time: formatPayBy(buy.result.payBy, i18n.language) })}</div>
          <div className="lf-deal-bought-actions">
            <Link to="/my/orders">
              <Button size="small">{t('live.deal.viewOrders')}</Button>
            </Link>
            {!over && maxQty > 0 ? (
              <Button size="small" type="link" onClick={onReset}>
                {t('live.deal.buyMore')}
              </Button>
            ) : null}
          </div>
        </div>
      );
    }
    const blocked = over
      ? 'ended'
      : deal.soldOut || deal.remaining <= 0
        ? 'soldOut'
        : mine >= deal.perBuyerLimit
          ? 'limitReached'
          : null;
    return (
      <>
        {buy.phase === 'failed' && buy.error && !blocked ? (
          <div className="lf-deal-error" role="alert" data-testid="deal-error" data-code={buy.error}>
            {errorText(buy.error)}
          </div>
        ) : null}
        {blocked === 'soldOut' ? <div className="lf-deal-hint">{t('live.deal.soldOutHint')}</div> : null}
        <div className="lf-deal-row">
          {maxQty > 1 && !blocked ? (
            <div className="lf-deal-stepper" role="group" aria-label={t('live.deal.quantity')}>
              <button type="button" disabled={busy || qty <= 1} onClick={() => setQty(qty - 1)} aria-label="-">
                <MinusOutlined />
              </button>
              <span data-testid="deal-qty">{qty}</span>
              <button type="button" disabled={busy || qty >= maxQty} onClick={() => setQty(qty + 1)} aria-label="+">
                <PlusOutlined />
              </button>
            </div>
          ) : null}
          <Button
            type="primary"
            danger
            size="large"
            shape="round"
            className="lf-deal-buy"
            disabled={!!blocked}
            loading={busy}
            onClick={() => onBuy(qty)}
            data-testid="deal-buy"
            data-blocked={blocked ?? ''}
          >
            {blocked
              ? t(`live.deal.${blocked}`)
              : buy.phase === 'retrying'
                ? t('live.deal.retrying')
                : busy
                  ? t('live.deal.buying')
                  : t('live.deal.buy')}
          </Button>
        </div>
      </>
    );
  }
}

const payByFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:32" today, "3月2日 14:32" on another day, in the viewer's language and time zone. */
function formatPayBy(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameDay = d.toDateString() === new Date(Date.now()).toDateString();
  const key = `${locale}:${sameDay}`;
  let f = payByFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale,
      sameDay ? { hour: '2-digit', minute: '2-digit' } : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
    );
    payByFormats.set(key, f);
  }
  return f.format(d);
}
