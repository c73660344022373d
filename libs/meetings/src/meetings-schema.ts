import { defineSchema } from '@livefair/core';
import { Meeting } from './entities/meeting.entity';
import { Meetings1796131305138 } from './migrations/mysql/1796131305138-Meetings';
import { MeetingDemandIndex1796142411178 } from './migrations/mysql/1796142411178-MeetingDemandIndex';
import { Meetings1796131390981 } from './migrations/sqlite/1796131390981-Meetings';
import { MeetingDemandIndex1796142487130 } from './migrations/sqlite/1796142487130-MeetingDemandIndex';

/** Meeting requests, their accepted slot and room. */
export const meetingsEntities = [Meeting];

defineSchema('meetings', {
  entities: meetingsEntities,
  migrations: {
    mysql: [Meetings1796131305138, MeetingDemandIndex1796142411178],
    sqlite: [Meetings1796131390981, MeetingDemandIndex1796142487130],
  },
});
