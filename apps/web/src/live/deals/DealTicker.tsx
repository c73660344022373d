import type { OrderTickerEvent } from '@livefair/protocol';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SHOW_MS = 5000;
const MAX_SHOWN = 2;

/**
 * Purchases in the room as they happen (`orders.ticker`, names masked by the server), each shown
 * for a few seconds over the top of the video.
 */
export function DealTicker({ orders }: { orders: OrderTickerEvent[] }) {
  const { t } = useTranslation();
  const seen = useRef(new Set<string>());
  const [shown, setShown] = useState<{ order: OrderTickerEvent; until: number }[]>([]);

  useEffect(() => {
    const fresh = orders.filter((o) => !seen.current.has(o.orderId));
    if (fresh.length === 0) return;
    fresh.forEach((o) => seen.current.add(o.orderId));
    const until = performance.now() + SHOW_MS;
    setShown((prev) => [...fresh.map((order) => ({ order, until })), ...prev].slice(0, MAX_SHOWN));
  }, [orders]);

  useEffect(() => {
    if (shown.length === 0) return;
    const next = Math.min(...shown.map((s) => s.until));
    const timer = setTimeout(
      () => setShown((prev) => prev.filter((s) => s.until > performance.now())),
      next - performance.now() + 20,
    );
    return () => clearTimeout(timer);
  }, [shown]);

  if (shown.length === 0) return null;
  return (
    <ul className="lf-deal-ticker" aria-live="polite">
      {shown.map(({ order }) => (
        <li key={order.orderId} className="lf-deal-ticker-item" data-testid="deal-ticker-item" data-deal-id={order.dealId ?? ''}>
          {t(order.dealId ? 'live.deal.ticker' : 'live.deal.tickerOrder', {
            buyer: order.buyerName,
            product: order.productName,
            qty: order.quantity,
          })}
        </li>
      ))}
    </ul>
  );
}
