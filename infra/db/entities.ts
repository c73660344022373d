import { accountsEntities } from '@livefair/accounts';
import { catalogEntities } from '@livefair/catalog';
import { OutboxEntry } from '@livefair/core';
import { expoEntities } from '@livefair/expo';
import { liveEntities } from '@livefair/live';

/** Every context's entities: what the migrations must describe. Add new contexts here. */
export const allEntities = [OutboxEntry, ...accountsEntities, ...expoEntities, ...catalogEntities, ...liveEntities];
