import { Init1795482518556 } from './1795482518556-Init';
import { LiveSessions1795483406956 } from './1795483406956-LiveSessions';

/** In order; each runs in its own transaction. */
export const sqliteMigrations = [Init1795482518556, LiveSessions1795483406956];
