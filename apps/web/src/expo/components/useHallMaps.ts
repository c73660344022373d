import type { HallMapView } from '@livefair/protocol';

import { useApi } from '../../hooks/useApi';
import { expoApi } from '../expoApi';

/** Every hall map of an expo (the console's slot and booth pickers). */
export function useHallMaps(expoId: string, version: number) {
  return useApi<HallMapView[]>(async (signal) => {
    const halls = await expoApi.halls(expoId, signal);
    return Promise.all(halls.map((h) => expoApi.hallMap(h.id, signal)));
  }, `hall-maps:${expoId}:${version}`);
}
