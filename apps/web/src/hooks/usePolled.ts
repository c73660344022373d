import { useEffect } from 'react';

import { useApi, type ApiState } from './useApi';

/** Dashboards stay fresh within 5 s while the expo runs. */
export const POLL_MS = 5_000;
/** What a buyer walking an expo sees live (hall map badges, the schedule): fresh within 30 s. */
export const LIVE_STATUS_POLL_MS = 30_000;

/** `useApi`, re-loaded every `everyMs` while the tab is visible (what is on screen stays meanwhile). */
export function usePolled<T>(load: (signal: AbortSignal) => Promise<T>, key: string | null, everyMs = POLL_MS): ApiState<T> {
  const state = useApi(load, key);
  const { reload } = state;
  useEffect(() => {
    if (key === null) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, everyMs);
    return () => clearInterval(timer);
  }, [key, reload, everyMs]);
  return state;
}
