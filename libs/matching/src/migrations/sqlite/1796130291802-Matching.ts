import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1796130291802 implements MigrationInterface {
  name = 'Matching1796130291802';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching_demands" ("id" varchar(36) PRIMARY KEY NOT NULL, "buyerId" varchar(36) NOT NULL, "buyerName" varchar(64) NOT NULL DEFAULT (''), "text" varchar(2000) NOT NULL, "categoryCode" varchar(64), "matchedCategory" varchar(64), "quantity" integer NOT NULL, "unit" varchar(16) NOT NULL, "targetUnitPriceFen" integer, "deliveryProvince" varchar(8) NOT NULL, "deadline" datetime(6) NOT NULL, "certifications" text NOT NULL, "oem" boolean NOT NULL DEFAULT (0), "sampleFirst" boolean NOT NULL DEFAULT (0), "vatInvoice" boolean NOT NULL DEFAULT (0), "prefersLocal" boolean NOT NULL DEFAULT (0), "status" varchar(16) NOT NULL DEFAULT ('open'), "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e8eeb54d548de6a9794cfe0a61" ON "matching_demands" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_325b2a8e75e51e8b91425e1252" ON "matching_demands" ("updatedAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_825967cd23046ab06630eadf8a" ON "matching_demands" ("buyerId", "status") `);
    await queryRunner.query(
      `CREATE TABLE "matching_suppliers" ("id" varchar(36) PRIMARY KEY NOT NULL, "sourceKey" varchar(140) NOT NULL, "source" varchar(16) NOT NULL, "enterpriseId" varchar(36), "importedBy" varchar(36), "name" varchar(128) NOT NULL, "province" varchar(8), "city" varchar(32) NOT NULL DEFAULT (''), "mainCategories" text NOT NULL, "monthlyCapacity" integer, "oem" boolean NOT NULL DEFAULT (0), "odm" boolean NOT NULL DEFAULT (0), "vatSpecialInvoice" boolean NOT NULL DEFAULT (0), "exportMarkets" text NOT NULL, "certifications" text NOT NULL, "activity" double NOT NULL DEFAULT (0), "responseRate" double, "updatedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a9bbc1cad08206670cc06eaa2f" ON "matching_suppliers" ("sourceKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_daaef0f9f4db517dbb1b5daf3a" ON "matching_suppliers" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c04e72f06150774b651585d5c7" ON "matching_suppliers" ("importedBy") `);
    await queryRunner.query(`CREATE INDEX "IDX_d3c7dd348c56a173a03f89273d" ON "matching_suppliers" ("updatedAt") `);
    await queryRunner.query(
      `CREATE TABLE "matching_suggestions" ("id" varchar(36) PRIMARY KEY NOT NULL, "demandId" varchar(36) NOT NULL, "supplierId" varchar(36) NOT NULL, "rank" integer, "score" double NOT NULL, "hard" integer NOT NULL DEFAULT (0), "soft" integer NOT NULL DEFAULT (0), "reasons" text NOT NULL, "productIds" text NOT NULL, "engineVersion" integer NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('suggested'), "rfqId" varchar(36), "computedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_010085ca7edd36eca05fb237a4" ON "matching_suggestions" ("supplierId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6354b2c6a2db5371abb6d103cb" ON "matching_suggestions" ("demandId", "supplierId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_products" ("id" varchar(36) PRIMARY KEY NOT NULL, "supplierId" varchar(36) NOT NULL, "catalogProductId" varchar(36), "ref" varchar(64) NOT NULL DEFAULT (''), "title" varchar(200) NOT NULL, "titleEn" varchar(200) NOT NULL DEFAULT (''), "description" varchar(4000) NOT NULL DEFAULT (''), "tags" text NOT NULL, "categoryCode" varchar(64), "moq" integer NOT NULL DEFAULT (1), "priceFen" integer, "leadTimeDays" integer, "certifications" text NOT NULL, "samples" boolean NOT NULL DEFAULT (0), "sortOrder" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_600ee9dd54a25219348e38a7a9" ON "matching_products" ("supplierId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_600ee9dd54a25219348e38a7a9"`);
    await queryRunner.query(`DROP TABLE "matching_products"`);
    await queryRunner.query(`DROP INDEX "IDX_6354b2c6a2db5371abb6d103cb"`);
    await queryRunner.query(`DROP INDEX "IDX_010085ca7edd36eca05fb237a4"`);
    await queryRunner.query(`DROP TABLE "matching_suggestions"`);
    await queryRunner.query(`DROP INDEX "IDX_d3c7dd348c56a173a03f89273d"`);
    await queryRunner.query(`DROP INDEX "IDX_c04e72f06150774b651585d5c7"`);
    await queryRunner.query(`DROP INDEX "IDX_daaef0f9f4db517dbb1b5daf3a"`);
    await queryRunner.query(`DROP INDEX "IDX_a9bbc1cad08206670cc06eaa2f"`);
    await queryRunner.query(`DROP TABLE "matching_suppliers"`);
    await queryRunner.query(`DROP INDEX "IDX_825967cd23046ab06630eadf8a"`);
    await queryRunner.query(`DROP INDEX "IDX_325b2a8e75e51e8b91425e1252"`);
    await queryRunner.query(`DROP INDEX "IDX_e8eeb54d548de6a9794cfe0a61"`);
    await queryRunner.query(`DROP TABLE "matching_demands"`);
  }
}
