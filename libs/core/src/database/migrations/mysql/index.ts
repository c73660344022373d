import { Init1795482510314 } from './1795482510314-Init';
import { LiveSessions1795483399476 } from './1795483399476-LiveSessions';

/** In order; each runs in its own transaction. */
export const mysqlMigrations = [Init1795482510314, LiveSessions1795483399476];
