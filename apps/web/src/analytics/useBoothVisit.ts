import { useEffect } from 'react';

import { timeOrderedId } from './time-ordered-id';
import { HEARTBEAT_MS, tracker } from './tracker';

/** What a booth page tells the tracker besides being open: a product opened, the live stream on screen. */
export interface BoothVisit {
  productViewed(productId: string): void;
  watching(sessionId: string | null): void;
}

const visits = new Map<string, { visitId: string; watching: string | null }>();

/**
 * Records a visit while the booth page is open: enter, a heartbeat every 15 s while the tab is
 * visible (dwell comes from these, so a closed tab ends the visit at its last heartbeat), leave
 * on unmount. The returned handle records product views and live watching in the same visit.
 */
export function useBoothVisit(boothId: string | undefined): BoothVisit {
  useEffect(() => {
    if (!boothId) return;
    const visit = { visitId: timeOrderedId(), watching: null as string | null };
    visits.set(boothId, visit);
    tracker.track('booth.enter', { boothId, visitId: visit.visitId });
    const beat = () => {
      if (document.visibilityState === 'visible')
        tracker.track('heartbeat', { boothId, visitId: visit.visitId, watching: visit.watching !== null });
    };
    const timer = setInterval(beat, HEARTBEAT_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') beat();
    };
    document.addEventListener('visibilitychange', onVisible);
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      tracker.track('booth.leave', { boothId, visitId: visit.visitId });
    };
    // Closing the tab or following a link out: the leave goes out with the page's last beacon.
    const offHide = tracker.onPageHide(leave);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      offHide();
      leave();
      visits.delete(boothId);
    };
  }, [boothId]);
  return {
    productViewed(productId) {
      const v = boothId ? visits.get(boothId) : undefined;
      if (v && boothId) tracker.track('product.view', { boothId, visitId: v.visitId, productId });
    },
    watching(sessionId) {
      const v = boothId ? visits.get(boothId) : undefined;
      if (!v || !boothId || v.watching === sessionId) return;
      v.watching = sessionId;
      if (sessionId) tracker.track('live.watch', { boothId, visitId: v.visitId, sessionId });
    },
  };
}
