import { LIVE_STATUS_POLL_MS, usePolled } from '../../hooks/usePolled';
import { expoApi } from '../expoApi';
import { HallMapViewer } from './HallMapViewer';
import '../expo.css';

/** The public hall map above a hall's booth list (its live badges re-read every 30 s); nothing when the hall has no map. */
export function HallMapSection({ hallId }: { hallId: string }) {
  const { data } = usePolled((s) => expoApi.publicHallMap(hallId, s), `public-hall-map:${hallId}`, LIVE_STATUS_POLL_MS);
  if (!data || data.slots.length === 0) return null;
  return <HallMapViewer map={data} />;
}
