import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@livefair/catalog';
import { BoothProfileController } from './booth-profile/booth-profile.controller';
import { boothProfileEntities } from './booth-profile/booth-profile-schema';
import { BoothProfileService } from './booth-profile/booth-profile.service';
import { BoothRate } from './booth-profile/booth-rate';
import { BoothService } from './booth.service';
import { EnterpriseProfileService } from './enterprise-profile/enterprise-profile.service';
import { FavouritesService } from './favourites/favourites.service';
import { FollowNotifier } from './favourites/follow-notifier';
import { BoothSearchService } from './search/booth-search.service';
import { EnterpriseService } from './enterprise.service';
import { ExpoController } from './expo.controller';
import { ExpoService } from './expo.service';
// The context's declarations register with core as this module loads.
import './expo-errors';
import './booth-profile/booth-errors';
import './favourites/favourites-jobs';
import { expoEntities } from './expo-schema';

/** Enterprises, expos, halls, booths. */
@Module({
  imports: [TypeOrmModule.forFeature(expoEntities), TypeOrmModule.forFeature(boothProfileEntities), CatalogModule],
  providers: [
    ExpoService,
    BoothService,
    EnterpriseService,
    BoothRate,
    BoothProfileService,
    EnterpriseProfileService,
    BoothSearchService,
    FavouritesService,
    FollowNotifier,
  ],
  exports: [
    ExpoService,
    BoothService,
    EnterpriseService,
    EnterpriseProfileService,
    BoothProfileService,
    BoothSearchService,
    FavouritesService,
    BoothRate,
  ],
})
export class ExpoModule {}

/** The expo context's HTTP surface; mounted by HTTP processes only. */
@Module({ imports: [ExpoModule], controllers: [ExpoController, BoothProfileController] })
export class ExpoHttpModule {}
