import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpoModule } from '@livefair/expo';
import { catalogEntities } from '../catalog-schema';
import { CatalogModule } from '../catalog.module';
// The import's declarations register with core as this module loads.
import './import-errors';
import './import-jobs';
import { catalogImportEntities } from './import-schema';
import { ImportCleanup } from './import-cleanup';
import { ImportFiles } from './import-files';
import { ImportRate } from './import-rate';
import { ImportRunner } from './import-runner';
import { ImportSettingsService } from './import-settings.service';
import { ImportUploadInterceptor } from './import-upload.interceptor';
import { ImportWriter } from './import-writer';
import { ImportService } from './import.service';
import { ExpoReadinessController } from './expo-readiness.controller';
import { MyImportsController } from './my-imports.controller';
import { ReadinessController } from './readiness.controller';
import { ReadinessService } from './readiness.service';

/** The export-catalog import's services and its job handler (processes that run jobs host it). */
@Module({
  imports: [TypeOrmModule.forFeature([...catalogEntities, ...catalogImportEntities]), CatalogModule],
  providers: [ImportFiles, ImportSettingsService, ImportWriter, ImportRunner, ImportCleanup, ReadinessService],
  exports: [ImportFiles, ImportSettingsService, ReadinessService],
})
export class CatalogImportModule {}

/** The import's HTTP surface; mounted by HTTP processes only. */
@Module({
  imports: [CatalogImportModule, ExpoModule],
  providers: [ImportService, ImportRate, ImportUploadInterceptor],
  controllers: [MyImportsController, ReadinessController, ExpoReadinessController],
})
export class CatalogImportHttpModule {}
