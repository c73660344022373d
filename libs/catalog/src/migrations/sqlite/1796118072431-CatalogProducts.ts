import { MigrationInterface, QueryRunner } from 'typeorm';
import { carryOverRelease1, restoreRelease1 } from '../release1-carry-over';

const q = (name: string) => `"${name}"`;

const SKUS_V2 = `"id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "skuCode" varchar(64) NOT NULL, "specs" text NOT NULL, "priceFen" integer NOT NULL, "stock" integer NOT NULL DEFAULT (0), "moq" integer NOT NULL DEFAULT (1), "samplePriceFen" integer, "leadTimeDays" integer NOT NULL DEFAULT (7), "tiers" text NOT NULL, "sortOrder" integer NOT NULL DEFAULT (0), "removedAt" datetime(6), CONSTRAINT "FK_7beba067c3aa6601fa17a0bda80" FOREIGN KEY ("productId") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION`;
const SKUS_V1 = `"id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "skuCode" varchar(64) NOT NULL, "specs" text NOT NULL, "priceFen" integer NOT NULL, "stock" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_7beba067c3aa6601fa17a0bda80" FOREIGN KEY ("productId") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION`;
const PRODUCTS_V2 = `"id" varchar(36) PRIMARY KEY NOT NULL, "enterpriseId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "description" varchar(4000) NOT NULL DEFAULT (''), "category" varchar(64) NOT NULL DEFAULT (''), "unit" varchar(16) NOT NULL DEFAULT ('件'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "nameEn" varchar(200) NOT NULL DEFAULT (''), "descriptionEn" varchar(4000) NOT NULL DEFAULT (''), "specifications" text NOT NULL, "certifications" text NOT NULL, "images" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now'))`;
const PRODUCTS_V1 = `"id" varchar(36) PRIMARY KEY NOT NULL, "enterpriseId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "description" varchar(4000) NOT NULL DEFAULT (''), "category" varchar(64) NOT NULL DEFAULT (''), "unit" varchar(16) NOT NULL DEFAULT ('件'), "moq" integer NOT NULL DEFAULT (1), "leadTimeDays" integer NOT NULL DEFAULT (7), "sampleAvailable" boolean NOT NULL DEFAULT (0), "samplePriceFen" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now'))`;
const SKU_V1_COLUMNS = `"id", "productId", "skuCode", "specs", "priceFen", "stock"`;
const PRODUCT_COMMON = `"id", "enterpriseId", "name", "description", "category", "unit", "createdAt"`;

/**
 * Catalog v2 for the embedded engine (see the MySQL migration of the same name). SQLite changes
 * columns by rebuilding tables (TypeORM runs migrations with foreign keys off, so the rebuilds
 * cascade nothing); ordered by hand so release-1 rows carry over.
 */
export class CatalogProducts1796118072431 implements MigrationInterface {
  name = 'CatalogProducts1796118072431';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "catalog_images" ("id" varchar(36) PRIMARY KEY NOT NULL, "enterpriseId" varchar(36) NOT NULL, "key" varchar(80) NOT NULL, "contentType" varchar(16) NOT NULL, "bytes" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "uploadedBy" varchar(36) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a347f048703e81b0b790ee4bd2" ON "catalog_images" ("key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4983b257873cff8890e2f3d2d8" ON "catalog_images" ("enterpriseId", "key") `);
    await queryRunner.query(`DROP INDEX "IDX_f00024ded1f88f7464d33ccf37"`);
    await queryRunner.query(`CREATE TABLE "temporary_skus" (${SKUS_V2})`);
    await queryRunner.query(
      `INSERT INTO "temporary_skus"(${SKU_V1_COLUMNS}, "tiers") SELECT ${SKU_V1_COLUMNS}, '[]' FROM "skus"`,
    );
    await queryRunner.query(`DROP TABLE "skus"`);
    await queryRunner.query(`ALTER TABLE "temporary_skus" RENAME TO "skus"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f00024ded1f88f7464d33ccf37" ON "skus" ("productId", "skuCode") `);
    await carryOverRelease1(queryRunner, q, { markProducts: false });
    await queryRunner.query(`DROP INDEX "IDX_662da7fbf63ea570fba90ba0c1"`);
    await queryRunner.query(`CREATE TABLE "temporary_products" (${PRODUCTS_V2})`);
    await queryRunner.query(
      `INSERT INTO "temporary_products"(${PRODUCT_COMMON}, "specifications", "certifications", "images", "status", "updatedAt") SELECT ${PRODUCT_COMMON}, '[]', '[]', '[]', 'published', "createdAt" FROM "products"`,
    );
    await queryRunner.query(`DROP TABLE "products"`);
    await queryRunner.query(`ALTER TABLE "temporary_products" RENAME TO "products"`);
    await queryRunner.query(`CREATE INDEX "IDX_662da7fbf63ea570fba90ba0c1" ON "products" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_e0ba68d99a92a8b56ff9127799" ON "products" ("enterpriseId", "status") `);
    await queryRunner.query(`DROP INDEX "IDX_233d2b3e09e2036a20ec7a9b4e"`);
    await queryRunner.query(`DROP TABLE "price_tiers"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "price_tiers" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "minQty" integer NOT NULL, "unitPriceFen" integer NOT NULL, CONSTRAINT "FK_a48e5b46e3141420b75293dfe7f" FOREIGN KEY ("productId") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_233d2b3e09e2036a20ec7a9b4e" ON "price_tiers" ("productId", "minQty") `);
    await queryRunner.query(`DROP INDEX "IDX_e0ba68d99a92a8b56ff9127799"`);
    await queryRunner.query(`DROP INDEX "IDX_662da7fbf63ea570fba90ba0c1"`);
    await queryRunner.query(`ALTER TABLE "products" RENAME TO "temporary_products"`);
    await queryRunner.query(`CREATE TABLE "products" (${PRODUCTS_V1})`);
    await queryRunner.query(`INSERT INTO "products"(${PRODUCT_COMMON}) SELECT ${PRODUCT_COMMON} FROM "temporary_products"`);
    await queryRunner.query(`DROP TABLE "temporary_products"`);
    await queryRunner.query(`CREATE INDEX "IDX_662da7fbf63ea570fba90ba0c1" ON "products" ("enterpriseId") `);
    await restoreRelease1(queryRunner, q);
    await queryRunner.query(`DROP INDEX "IDX_f00024ded1f88f7464d33ccf37"`);
    await queryRunner.query(`ALTER TABLE "skus" RENAME TO "temporary_skus"`);
    await queryRunner.query(`CREATE TABLE "skus" (${SKUS_V1})`);
    await queryRunner.query(`INSERT INTO "skus"(${SKU_V1_COLUMNS}) SELECT ${SKU_V1_COLUMNS} FROM "temporary_skus"`);
    await queryRunner.query(`DROP TABLE "temporary_skus"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f00024ded1f88f7464d33ccf37" ON "skus" ("productId", "skuCode") `);
    await queryRunner.query(`DROP INDEX "IDX_4983b257873cff8890e2f3d2d8"`);
    await queryRunner.query(`DROP INDEX "IDX_a347f048703e81b0b790ee4bd2"`);
    await queryRunner.query(`DROP TABLE "catalog_images"`);
  }
}
