import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@livefair/catalog';
import { ExpoModule } from '@livefair/expo';
import { OrdersModule } from '@livefair/orders';
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
  imports: [TypeOrmModule.forFeature(matchingEntities), CatalogModule, ExpoModule, OrdersModule],
  providers: [MatchIndex, SupplierStore, SupplierRefresher, DemandService, OrdersForYou, MatchActions, OnboardingService],
  exports: [DemandService, OrdersForYou, SupplierStore, MatchActions, OnboardingService],
})
export class MatchingModule {}

/** Matching's HTTP surface; mounted by HTTP processes only. */
@Module({
  imports: [MatchingModule],
  controllers: [MatchingController],
})
export class MatchingHttpModule {}
