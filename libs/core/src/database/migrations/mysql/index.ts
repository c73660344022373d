import { Init1795482510314 } from './1795482510314-Init';
import { LiveSessions1795483399476 } from './1795483399476-LiveSessions';
import { Outbox1796110587353 } from './1796110587353-Outbox';

/** In order; each runs in its own transaction. */
export const mysqlMigrations = [Init1795482510314, LiveSessions1795483399476, Outbox1796110587353];
