import { defineSchema } from '@livefair/core';
import { RawEvent } from './entities/raw-event.entity';
import {
  BoothHour,
  BoothMinute,
  BoothStats,
  DwellBucket,
  PathCount,
  RouteLink,
  ScopeStats,
  ScopeVisitor,
} from './entities/rollup.entities';
import { RollupCursor, Trail, Visit } from './entities/visit.entity';
import { Analytics1796128986608 } from './migrations/mysql/1796128986608-Analytics';
import { Analytics1796129026167 } from './migrations/sqlite/1796129026167-Analytics';
import { AnalyticsTopIndexes1796132253992 } from './migrations/mysql/1796132253992-AnalyticsTopIndexes';
import { AnalyticsTopIndexes1796132362566 } from './migrations/sqlite/1796132362566-AnalyticsTopIndexes';

/** Raw events (append-only) and the roll-ups derived from them. */
export const analyticsEntities = [
  RawEvent,
  Visit,
  Trail,
  RollupCursor,
  BoothStats,
  BoothHour,
  DwellBucket,
  BoothMinute,
  ScopeVisitor,
  ScopeStats,
  RouteLink,
  PathCount,
];

defineSchema('analytics', {
  entities: analyticsEntities,
  migrations: {
    mysql: [Analytics1796128986608, AnalyticsTopIndexes1796132253992],
    sqlite: [Analytics1796129026167, AnalyticsTopIndexes1796132362566],
  },
});
