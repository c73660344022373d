import { Init1795482510314 } from './1795482510314-Init';

/** In order; each runs in its own transaction. */
export const mysqlMigrations = [Init1795482510314];
