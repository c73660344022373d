import { defineSchema } from '@livefair/core';
import { BusinessCard } from './entities/business-card.entity';
import { CardExchange } from './entities/card-exchange.entity';
import { LeadUserLock } from './entities/lead-user-lock.entity';
import { LeadEvent } from './entities/lead-event.entity';
import { LeadNote } from './entities/lead-note.entity';
import { Lead } from './entities/lead.entity';
import { Leads1796128790588 } from './migrations/mysql/1796128790588-Leads';
import { Leads1796128802468 } from './migrations/sqlite/1796128802468-Leads';
import { CardOffers1796140000000 } from './migrations/mysql/1796140000000-CardOffers';
import { CardOffers1796140000001 } from './migrations/sqlite/1796140000001-CardOffers';

/** Leads (booth inquiries), their history and notes, business cards and their exchanges. */
export const leadsEntities = [Lead, LeadEvent, LeadNote, LeadUserLock, BusinessCard, CardExchange];

defineSchema('leads', {
  entities: leadsEntities,
  migrations: { mysql: [Leads1796128790588, CardOffers1796140000000], sqlite: [Leads1796128802468, CardOffers1796140000001] },
});
