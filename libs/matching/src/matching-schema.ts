import { defineSchema } from '@livefair/core';
import { Demand } from './entities/demand.entity';
import { MatchProduct } from './entities/match-product.entity';
import { MatchSupplier } from './entities/match-supplier.entity';
import { Suggestion } from './entities/suggestion.entity';
import { Matching1796130225726 } from './migrations/mysql/1796130225726-Matching';
import { Matching1796130291802 } from './migrations/sqlite/1796130291802-Matching';

/** The matching context's tables. */
export const matchingEntities = [MatchSupplier, MatchProduct, Demand, Suggestion];

defineSchema('matching', {
  entities: matchingEntities,
  migrations: { mysql: [Matching1796130225726], sqlite: [Matching1796130291802] },
});
