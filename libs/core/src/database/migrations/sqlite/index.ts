import { Init1795482518556 } from './1795482518556-Init';
import { LiveSessions1795483406956 } from './1795483406956-LiveSessions';
import { Outbox1796110602339 } from './1796110602339-Outbox';

/** In order; each runs in its own transaction. */
export const sqliteMigrations = [Init1795482518556, LiveSessions1795483406956, Outbox1796110602339];
