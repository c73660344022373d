import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@livefair/accounts';
import { CatalogModule } from '@livefair/catalog';
import { ExpoModule } from '@livefair/expo';
import { OrdersModule } from '@livefair/orders';
import { CardService } from './cards/card.service';
import { CardsController } from './http/cards.controller';
import { InquiriesController } from './http/inquiries.controller';
import { LeadsController } from './http/leads.controller';
import { InquiryService } from './inquiry.service';
import { LeadInboxService } from './lead-inbox.service';
import { LeadNotifier } from './lead-notifier';
// The context's declarations register with core as this module loads.
import './leads-errors';
import './leads-events';
import { leadsEntities } from './leads-schema';

/** Leads: booth inquiries into the exhibitor's inbox, their states and notes; business cards. */
@Module({
  imports: [TypeOrmModule.forFeature(leadsEntities), AccountsModule, CatalogModule, ExpoModule, OrdersModule],
  providers: [LeadNotifier, InquiryService, LeadInboxService, CardService],
  exports: [InquiryService, LeadInboxService, CardService],
})
export class LeadsModule {}

/** The leads context's HTTP surface; mounted by HTTP processes only. */
@Module({
  imports: [LeadsModule],
  controllers: [InquiriesController, LeadsController, CardsController],
})
export class LeadsHttpModule {}
