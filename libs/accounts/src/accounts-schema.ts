import { defineSchema } from '@livefair/core';
import { Notification } from './entities/notification.entity';
import { User } from './entities/user.entity';

/** The accounts context's tables (created by core's release-1 baseline migration; later ones go here). */
export const accountsEntities = [User, Notification];

defineSchema('accounts', { entities: accountsEntities });
