import { defineSchema } from '@livefair/core';
import { Quote } from './entities/quote.entity';
import { RfqBuyerLock } from './entities/rfq-buyer-lock.entity';
import { RfqMessage } from './entities/rfq-message.entity';
import { Rfq } from './entities/rfq.entity';
import { Quotations1796119293289 } from './migrations/mysql/1796119293289-Quotations';
import { Quotations1796119311843 } from './migrations/sqlite/1796119311843-Quotations';

/** Requests for quotation, their messages and quotes (the orders context's). */
export const quotesEntities = [Rfq, Quote, RfqMessage, RfqBuyerLock];

defineSchema('orders', {
  entities: quotesEntities,
  migrations: { mysql: [Quotations1796119293289], sqlite: [Quotations1796119311843] },
});
