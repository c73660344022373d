import { defineSchema } from '@livefair/core';
import { Meeting } from './entities/meeting.entity';
import { Meetings1796131305138 } from './migrations/mysql/1796131305138-Meetings';
import { Meetings1796131390981 } from './migrations/sqlite/1796131390981-Meetings';

/** Meeting requests, their accepted slot and room. */
export const meetingsEntities = [Meeting];

defineSchema('meetings', {
  entities: meetingsEntities,
  migrations: { mysql: [Meetings1796131305138], sqlite: [Meetings1796131390981] },
});
