import { useEffect } from 'react';

import { useApi, type ApiState } from '../hooks/useApi';

/** Dashboards stay fresh within 5 s while the expo runs: reload this often while the tab is visible. */
export const POLL_MS = 5_000;

export function usePolled<T>(load: (signal: AbortSignal) => Promise<T>, key: string | null): ApiState<T> {
  const state = useApi(load, key);
  const { reload } = state;
  useEffect(() => {
    if (key === null) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [key, reload]);
  return state;
}
