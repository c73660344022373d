import { defineSchema } from '@livefair/core';
import { CatalogImport } from './entities/catalog-import.entity';
import { ImportSettings } from './entities/import-settings.entity';
import { ImportedItem } from './entities/imported-item.entity';
import { CatalogImport1796129056369 } from './migrations/mysql/1796129056369-CatalogImport';
import { CatalogImport1796129070635 } from './migrations/sqlite/1796129070635-CatalogImport';

/** The import's tables belong to the catalog context (its own file, loaded with the import module). */
export const catalogImportEntities = [CatalogImport, ImportedItem, ImportSettings];

defineSchema('catalog', {
  entities: catalogImportEntities,
  migrations: { mysql: [CatalogImport1796129056369], sqlite: [CatalogImport1796129070635] },
});
