import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@livefair/catalog';
import { BoothService } from './booth.service';
import { Booth } from './entities/booth.entity';
import { Enterprise } from './entities/enterprise.entity';
import { Expo } from './entities/expo.entity';
import { Hall } from './entities/hall.entity';
import { EnterpriseService } from './enterprise.service';
import { ExpoController } from './expo.controller';
import { ExpoService } from './expo.service';
// The context's declarations register with core as this module loads.
import './expo-errors';

export const expoEntities = [Enterprise, Expo, Hall, Booth];

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
