import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@livefair/catalog';
import { BoothService } from './booth.service';
import { EnterpriseService } from './enterprise.service';
import { ExpoController } from './expo.controller';
import { ExpoService } from './expo.service';
// The context's declarations register with core as this module loads.
import './expo-errors';
import { expoEntities } from './expo-schema';

/** Enterprises, expos, halls, booths. */
@Module({
  imports: [TypeOrmModule.forFeature(expoEntities), CatalogModule],
  providers: [ExpoService, BoothService, EnterpriseService],
  exports: [ExpoService, BoothService, EnterpriseService],
})
export class ExpoModule {}

/** The expo context's HTTP surface; mounted by HTTP processes only. */
@Module({ imports: [ExpoModule], controllers: [ExpoController] })
export class ExpoHttpModule {}
