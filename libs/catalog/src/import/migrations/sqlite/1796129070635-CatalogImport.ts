import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogImport1796129070635 implements MigrationInterface {
  name = 'CatalogImport1796129070635';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "catalog_imports" ("id" varchar(36) PRIMARY KEY NOT NULL, "enterpriseId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "fileName" varchar(200) NOT NULL, "format" varchar(8) NOT NULL, "fileKey" varchar(120) NOT NULL, "bytes" integer NOT NULL, "headerRow" integer NOT NULL, "headers" text NOT NULL, "sample" text NOT NULL, "mapping" text, "mode" varchar(16), "status" varchar(16) NOT NULL, "cancelRequested" boolean NOT NULL DEFAULT (0), "totalRows" integer NOT NULL DEFAULT (0), "processedRows" integer NOT NULL DEFAULT (0), "created" integer NOT NULL DEFAULT (0), "updated" integer NOT NULL DEFAULT (0), "bad" integer NOT NULL DEFAULT (0), "badRowsKey" varchar(120), "failure" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "finishedAt" datetime(6))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e8c26145d099ebf1ce55270662" ON "catalog_imports" ("enterpriseId", "createdAt") `);
    await queryRunner.query(
      `CREATE TABLE "catalog_import_settings" ("enterpriseId" varchar(36) PRIMARY KEY NOT NULL, "mappingByHeader" text NOT NULL, "usdCnyRate4" integer NOT NULL, "vatBp" integer NOT NULL, "exportRefundBp" integer NOT NULL, "wholesaleMarginBp" integer NOT NULL, "retailMarginBp" integer NOT NULL, "producerName" varchar(128) NOT NULL DEFAULT (''), "producerAddress" varchar(256) NOT NULL DEFAULT (''), "updatedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "catalog_import_items" ("id" varchar(36) PRIMARY KEY NOT NULL, "enterpriseId" varchar(36) NOT NULL, "itemNo" varchar(64) NOT NULL, "productId" varchar(36) NOT NULL, "importId" varchar(36) NOT NULL, "hsCode" varchar(10) NOT NULL DEFAULT (''), "fobUsdCents" integer, "cartonSize" varchar(120) NOT NULL DEFAULT (''), "certifications" text NOT NULL, "categorySource" varchar(16) NOT NULL DEFAULT ('none'), "category" varchar(64) NOT NULL DEFAULT (''), "wholesaleFen" integer, "retailFen" integer, "pricesEdited" boolean NOT NULL DEFAULT (0), "ccc" varchar(16) NOT NULL DEFAULT ('not-listed'), "labelsConfirmed" text NOT NULL, "acceptedAt" datetime(6), "updatedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_192b902a2c97a3d2e7b6a1eab0" ON "catalog_import_items" ("productId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_77ed4128b69a8b90296dc28b6c" ON "catalog_import_items" ("enterpriseId", "itemNo") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_77ed4128b69a8b90296dc28b6c"`);
    await queryRunner.query(`DROP INDEX "IDX_192b902a2c97a3d2e7b6a1eab0"`);
    await queryRunner.query(`DROP TABLE "catalog_import_items"`);
    await queryRunner.query(`DROP TABLE "catalog_import_settings"`);
    await queryRunner.query(`DROP INDEX "IDX_e8c26145d099ebf1ce55270662"`);
    await queryRunner.query(`DROP TABLE "catalog_imports"`);
  }
}
