import '../../core-schema';
import { schemaTable } from '../../schema-registry';

/**
 * Every loaded context's embedded-engine migrations, core's first, in timestamp order;
 * each runs in its own transaction. Filled as context libs load (defineSchema): read when
 * the data source starts.
 */
export const sqliteMigrations = schemaTable.migrations('sqlite');
