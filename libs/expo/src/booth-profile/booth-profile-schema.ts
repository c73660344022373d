import { defineSchema } from '@livefair/core';
import { EnterpriseCategoryRow } from '../enterprise-profile/enterprise-category.entity';
import { EnterpriseProfile } from '../enterprise-profile/enterprise-profile.entity';
import { BoothFavourite } from '../favourites/booth-favourite.entity';
import { FollowNotice } from '../favourites/follow-notice.entity';
import { BoothProfiles1796128904242 } from '../migrations/mysql/1796128904242-BoothProfiles';
import { BoothProfiles1796128938668 } from '../migrations/sqlite/1796128938668-BoothProfiles';
import { BoothBadgeRow } from './booth-badge.entity';
import { BoothProfile } from './booth-profile.entity';

/** The tables of booth and enterprise profiles and favourites (part of the expo context's schema). */
export const boothProfileEntities = [
  BoothProfile,
  BoothBadgeRow,
  EnterpriseProfile,
  EnterpriseCategoryRow,
  BoothFavourite,
  FollowNotice,
];

defineSchema('expo', {
  entities: boothProfileEntities,
  migrations: { mysql: [BoothProfiles1796128904242], sqlite: [BoothProfiles1796128938668] },
});
