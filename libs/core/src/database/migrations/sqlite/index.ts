import { Init1795482518556 } from './1795482518556-Init';

/** In order; each runs in its own transaction. */
export const sqliteMigrations = [Init1795482518556];
