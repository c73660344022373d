import { useEffect } from 'react';

import { tracker } from './tracker';

/** Records that the visitor entered an expo's lobby or one of its halls (the start of routes to booths). */
export function useExpoVisit(expoId: string | undefined, hallId?: string): void {
  useEffect(() => {
    if (!expoId) return;
    tracker.track('hall.enter', hallId ? { expoId, hallId } : { expoId });
  }, [expoId, hallId]);
}
