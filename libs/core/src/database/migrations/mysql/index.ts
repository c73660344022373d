import '../../core-schema';
import { schemaTable } from '../../schema-registry';

/**
 * Every loaded context's MySQL/MariaDB migrations, core's first, in timestamp order; each
 * runs in its own transaction. Filled as context libs load (defineSchema): read when the
 * data source starts.
 */
export const mysqlMigrations = schemaTable.migrations('mysql');
