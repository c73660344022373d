import { defineSchema } from '@livefair/core';
import { campaignEntities } from './campaigns/campaign-parts';
import { Demand } from './entities/demand.entity';
import { MatchProduct } from './entities/match-product.entity';
import { MatchSupplier } from './entities/match-supplier.entity';
import { Suggestion } from './entities/suggestion.entity';
import { Matching1796130225726 } from './migrations/mysql/1796130225726-Matching';
import { Campaigns1796140825136 } from './migrations/mysql/1796140825136-Campaigns';
import { Matching1796130291802 } from './migrations/sqlite/1796130291802-Matching';
import { Campaigns1796140903584 } from './migrations/sqlite/1796140903584-Campaigns';

/** The matching context's tables. */
export const matchingEntities = [MatchSupplier, MatchProduct, Demand, Suggestion, ...campaignEntities];

defineSchema('matching', {
  entities: matchingEntities,
  migrations: {
    mysql: [Matching1796130225726, Campaigns1796140825136],
    sqlite: [Matching1796130291802, Campaigns1796140903584],
  },
});
