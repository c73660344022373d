import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@livefair/accounts';
import { CatalogModule } from '@livefair/catalog';
import { ExpoModule } from '@livefair/expo';
import { MeetingsModule } from '@livefair/meetings';
import { OrdersModule } from '@livefair/orders';
import { campaignProviders } from './campaigns/campaign-parts';
import { CampaignsController } from './campaigns/campaigns.controller';
import { DemandService } from './demand.service';
import { MatchActions } from './match-actions.service';
import { MatchIndex } from './match-index.service';
import { MatchingController } from './matching.controller';
import { OnboardingService } from './onboarding/onboarding.service';
import { OrdersForYou } from './orders-for-you.service';
import { SupplierRefresher } from './supplier-refresher';
import { SupplierStore } from './supplier-store.service';
// The context's declarations register with core as this module loads.
import './matching-errors';
import './matching-jobs';
import { matchingEntities } from './matching-schema';

/** Matching: supplier profiles, purchase needs, the ranking and its stored suggestions; the refresh job. */
@Module({
  imports: [TypeOrmModule.forFeature(matchingEntities), AccountsModule, CatalogModule, ExpoModule, OrdersModule, MeetingsModule],
  providers: [
    MatchIndex,
    SupplierStore,
    SupplierRefresher,
    DemandService,
    OrdersForYou,
    MatchActions,
    OnboardingService,
    ...campaignProviders,
  ],
  exports: [DemandService, OrdersForYou, SupplierStore, MatchActions, OnboardingService, ...campaignProviders],
})
export class MatchingModule {}

/** Matching's HTTP surface; mounted by HTTP processes only. */
@Module({
  imports: [MatchingModule],
  controllers: [MatchingController, CampaignsController],
})
export class MatchingHttpModule {}
