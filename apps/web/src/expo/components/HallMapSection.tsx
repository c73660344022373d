import { useApi } from '../../hooks/useApi';
import { expoApi } from '../expoApi';
import { HallMapViewer } from './HallMapViewer';
import '../expo.css';

/** The public hall map above a hall's booth list; nothing when the hall has no map. */
export function HallMapSection({ hallId }: { hallId: string }) {
  const { data } = useApi((s) => expoApi.publicHallMap(hallId, s), `public-hall-map:${hallId}`);
  if (!data || data.slots.length === 0) return null;
  return <HallMapViewer map={data} />;
}
