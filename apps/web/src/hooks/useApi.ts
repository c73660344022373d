import { useCallback, useEffect, useState } from 'react';

import { toApiError, type ApiError } from '../api/ApiError';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Loaded<T> {
  key: string | null;
  data?: T;
  error?: ApiError;
  loading: boolean;
}

/**
 * Loads data for a page and re-loads when `key` changes. Stale responses are aborted, so a fast
 * click between halls never shows the previous hall's booths. Pass `key = null` to skip loading.
 * `load` may be an inline closure: `key` alone identifies the request.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, key: string | null): ApiState<T> {
  const [state, setState] = useState<Loaded<T>>({ key, loading: key !== null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    // A retry keeps what is on screen; a different key must not show the previous key's data.
    setState((prev) => ({ key, data: prev.key === key ? prev.data : undefined, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data, loading: false });
      },
      (err: unknown) => {
        // A failed re-load (a poll while offline) keeps what is on screen beside the error.
        if (!controller.signal.aborted)
          setState((prev) => ({ key, data: prev.key === key ? prev.data : undefined, error: toApiError(err), loading: false }));
      },
    );
    return () => controller.abort();
  }, [key, attempt]); // eslint-disable-line react-hooks/exhaustive-deps

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: key !== null && (!current || state.loading),
    reload,
  };
}
