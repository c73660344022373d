import { OutboxEntry } from '../events/outbox-entry.entity';
import { defineSchema } from './schema-registry';
import { Init1795482510314 } from './migrations/mysql/1795482510314-Init';
import { Outbox1796110587353 } from './migrations/mysql/1796110587353-Outbox';
import { Init1795482518556 } from './migrations/sqlite/1795482518556-Init';
import { Outbox1796110602339 } from './migrations/sqlite/1796110602339-Outbox';

/**
 * Core's own tables (the outbox), and the release-1 baseline: `Init` created the tables
 * of accounts, expo and catalog in one migration before contexts owned their migrations.
 * Existing databases have run it under that name, so it stays here, whole; every later
 * migration lives in the context that owns its tables.
 */
defineSchema('core', {
  entities: [OutboxEntry],
  migrations: {
    mysql: [Init1795482510314, Outbox1796110587353],
    sqlite: [Init1795482518556, Outbox1796110602339],
  },
});
