import type { OrderTickerEvent } from '@livefair/protocol';
import { useEffect, useRef, useState } from 'react';

import { formatFen } from '../../utils/money';
import { useStore } from '../hooks';
import type { LiveRoom } from '../LiveRoom';
import { DealCard } from './DealCard';
import type { DealBuyer } from './DealBuyer';
import { IDLE_BUY } from './DealBuyer';
import { NO_DEALS, type DealEntry, type DealFeed } from './DealFeed';
import { DealLoginModal } from './DealLoginModal';
import { DealTicker } from './DealTicker';
import './deals.css';

/** An ended deal stays on screen this long ("sold out" / "ended" must be seen), unless the viewer bought in it. */
const LINGER_MS = 8000;

interface Props {
  room: LiveRoom | null;
  deals: DealFeed | null;
  buyer: DealBuyer | null;
  orders: OrderTickerEvent[];
  loggedIn: boolean;
}

/**
 * The watch page's flash deals: the purchase ticker over the top of the video and the running deal's
 * card (under the video on phones, over its right side on laptops). A new deal is shown at once.
 */
export function WatchDeals({ room, deals, buyer, orders, loggedIn }: Props) {
  const { deals: all } = useStore(deals, NO_DEALS);
  const buys = useStore(buyer, {});
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [askLogin, setAskLogin] = useState(false);
  const [, rerender] = useState(0);
  const known = useRef(new Set<string>());

  const clock = deals?.clock ?? null;
  const now = clock?.now() ?? 0;
  const visible = all.filter((d) => !dismissed.has(d.id) && isVisible(d, now, (buys[d.id] ?? IDLE_BUY).phase === 'bought'));

  // A deal that starts while we watch takes the card at once.
  useEffect(() => {
    const fresh = all.filter((d) => d.status === 'active' && !known.current.has(d.id));
    all.forEach((d) => known.current.add(d.id));
    if (fresh.length > 0) setSelected(fresh[0].id);
  }, [all]);

  // Ended deals leave by themselves after a while: wake up when the next one should go.
  const nextExit = Math.min(
    ...visible
      .map((d) => (d.status === 'ended' ? endedAt(d) + LINGER_MS : Date.parse(d.endsAt) + LINGER_MS))
      .filter((t) => t > now),
  );
  useEffect(() => {
    if (!Number.isFinite(nextExit)) return;
    const timer = setTimeout(() => rerender((n) => n + 1), nextExit - now + 50);
    return () => clearTimeout(timer);
  }, [nextExit]); // eslint-disable-line react-hooks/exhaustive-deps

  const current = visible.find((d) => d.id === selected) ?? visible[0];
  return (
    <>
      <DealTicker orders={orders} />
      {current && clock && buyer ? (
        <div className="lf-deal-dock" data-testid="deal-dock">
          {visible.length > 1 ? (
            <div className="lf-deal-tabs" role="tablist">
              {visible.map((d) => (
                <button
                  key={d.id}
                  type="button"
                  role="tab"
                  aria-selected={d.id === current.id}
                  className={d.id === current.id ? 'lf-deal-tab lf-deal-tab-on' : 'lf-deal-tab'}
                  onClick={() => setSelected(d.id)}
                >
                  {formatFen(d.priceFen)} · {[...Object.values(d.specs), d.productName].join(' ')}
                </button>
              ))}
            </div>
          ) : null}
          <DealCard
            key={current.id}
            deal={current}
            clock={clock}
            buy={buys[current.id] ?? IDLE_BUY}
            onBuy={(quantity) => (loggedIn ? void buyer.buy(current.id, quantity) : setAskLogin(true))}
            onReset={() => buyer.reset(current.id)}
            onDismiss={() => setDismissed(new Set([...dismissed, current.id]))}
          />
        </div>
      ) : null}
      <DealLoginModal
        open={askLogin}
        onClose={() => setAskLogin(false)}
        // The socket carries the token from its handshake: reconnect it logged in (the card then lets them buy).
        onSignedIn={() => room?.client.reconnect()}
      />
    </>
  );
}

const endedAt = (d: DealEntry) => Date.parse(d.endedAt ?? d.endsAt);

function isVisible(d: DealEntry, now: number, bought: boolean): boolean {
  if (bought) return true;
  if (d.status === 'ended') return now - endedAt(d) < LINGER_MS;
  // Past its end by the server's clock but no `deal.ended` yet (missed while away): the next list says.
  return now - Date.parse(d.endsAt) < LINGER_MS;
}
