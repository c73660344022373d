import { defineSchema } from '@livefair/core';
import { CatalogImport } from './entities/catalog-import.entity';
import { ImportSettings } from './entities/import-settings.entity';
import { ImportedItem } from './entities/imported-item.entity';

/** The import's tables belong to the catalog context (its own file, loaded with the import module). */
export const catalogImportEntities = [CatalogImport, ImportedItem, ImportSettings];

defineSchema('catalog', {
  entities: catalogImportEntities,
  migrations: { mysql: [], sqlite: [] },
});
