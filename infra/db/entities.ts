import { accountsEntities } from '@livefair/accounts';
import { catalogEntities } from '@livefair/catalog';
import { expoEntities } from '@livefair/expo';

/** Every context's entities: what the migrations must describe. Add new contexts here. */
export const allEntities = [...accountsEntities, ...expoEntities, ...catalogEntities];
