import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LocalDiskStorage } from './local-disk-storage';
import { OBJECT_STORAGE } from './object-storage';

/**
 * The process's ObjectStorage: local disk under UPLOADS_DIR (DATA_DIR/uploads by default). To use
 * another store, provide OBJECT_STORAGE in a module of your own instead (docs/catalog.md).
 */
@Global()
@Module({
  providers: [
    {
      provide: OBJECT_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.storage.dir),
    },
  ],
  exports: [OBJECT_STORAGE],
})
export class StorageModule {}
