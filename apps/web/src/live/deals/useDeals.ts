import { useEffect, useState } from 'react';

import type { LiveRoom } from '../LiveRoom';
import type { ServerClock } from './dealClock';
import { DealBuyer } from './DealBuyer';
import type { DealFeed } from './DealFeed';

/**
 * Milliseconds left until `endsAt` by the server's clock, re-rendered just after each whole
 * second of server time passes: every page shows the same second at the same instant.
 */
export function useCountdown(clock: ServerClock | null, endsAt: string | null): number {
  const read = () => (clock && endsAt ? clock.until(endsAt) : 0);
  const [left, setLeft] = useState(read);
  useEffect(() => {
    if (!clock || !endsAt) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const ms = clock.until(endsAt);
      setLeft(ms);
      if (ms <= 0) return;
      // Next whole second of the display (ceil), plus a little so the rounding has flipped.
      timer = setTimeout(tick, (ms % 1000 || 1000) + 15);
    };
    tick();
    return () => clearTimeout(timer);
  }, [clock, endsAt]);
  return clock && endsAt ? left : 0;
}

/** The page's DealBuyer for this room and feed, closed with them. */
export function useDealBuyer(room: LiveRoom | null, feed: DealFeed | null): DealBuyer | null {
  const [buyer, setBuyer] = useState<DealBuyer | null>(null);
  useEffect(() => {
    if (!room || !feed) return;
    const created = new DealBuyer(room, feed);
    setBuyer(created);
    return () => {
      created.close();
      setBuyer(null);
    };
  }, [room, feed]);
  return buyer;
}
