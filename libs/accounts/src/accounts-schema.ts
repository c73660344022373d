import { defineSchema } from '@livefair/core';
import { Notification } from './entities/notification.entity';
import { User } from './entities/user.entity';
import { NotificationLinks1796140825200 } from './migrations/mysql/1796140825200-NotificationLinks';
import { NotificationLinks1796140903600 } from './migrations/sqlite/1796140903600-NotificationLinks';

/** The accounts context's tables (created by core's release-1 baseline migration; later changes are migrations of their own here). */
export const accountsEntities = [User, Notification];

defineSchema('accounts', {
  entities: accountsEntities,
  migrations: { mysql: [NotificationLinks1796140825200], sqlite: [NotificationLinks1796140903600] },
});
