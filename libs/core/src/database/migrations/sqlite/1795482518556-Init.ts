import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795482518556 implements MigrationInterface {
  name = 'Init1795482518556';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "price_tiers" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "minQty" integer NOT NULL, "unitPriceFen" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_233d2b3e09e2036a20ec7a9b4e" ON "price_tiers" ("productId", "minQty") `);
    await queryRunner.query(
      `CREATE TABLE "skus" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "skuCode" varchar(64) NOT NULL, "specs" text NOT NULL, "priceFen" integer NOT NULL, "stock" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f00024ded1f88f7464d33ccf37" ON "skus" ("productId", "skuCode") `);
    await queryRunner.query(
      `CREATE TABLE "products" ("id" varchar(36) PRIMARY KEY NOT NULL, "enterpriseId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "description" varchar(4000) NOT NULL DEFAULT (''), "category" varchar(64) NOT NULL DEFAULT (''), "unit" varchar(16) NOT NULL DEFAULT ('件'), "moq" integer NOT NULL DEFAULT (1), "leadTimeDays" integer NOT NULL DEFAULT (7), "sampleAvailable" boolean NOT NULL DEFAULT (0), "samplePriceFen" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_662da7fbf63ea570fba90ba0c1" ON "products" ("enterpriseId") `);
    await queryRunner.query(
      `CREATE TABLE "enterprises" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(128) NOT NULL, "city" varchar(64) NOT NULL DEFAULT (''), "industry" varchar(64) NOT NULL DEFAULT (''), "description" varchar(2000) NOT NULL DEFAULT (''), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE TABLE "expos" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "name" varchar(128) NOT NULL, "description" varchar(4000) NOT NULL DEFAULT (''), "status" varchar(16) NOT NULL DEFAULT ('draft'), "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "organizerId" varchar(36) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f6d92f2a32453b7468f5c23c3f" ON "expos" ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_da02ef0cee93366d3fc9b22d68" ON "expos" ("organizerId") `);
    await queryRunner.query(
      `CREATE TABLE "halls" ("id" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "name" varchar(128) NOT NULL, "industry" varchar(64) NOT NULL DEFAULT (''), "sortOrder" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_36ad91b36e9db4dd246be714e4" ON "halls" ("expoId") `);
    await queryRunner.query(
      `CREATE TABLE "booths" ("id" varchar(36) PRIMARY KEY NOT NULL, "hallId" varchar(36) NOT NULL, "expoId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, "headline" varchar(200) NOT NULL DEFAULT (''), "liveStatus" varchar(16) NOT NULL DEFAULT ('offline'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_48ae1a39d4f2e247fd52abd159" ON "booths" ("expoId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ab1cff166cb88e1e2a47cf73b9" ON "booths" ("enterpriseId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ee6ec59da9d357e59ba38d3cf3" ON "booths" ("hallId", "code") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "passwordHash" varchar(100) NOT NULL, "displayName" varchar(64) NOT NULL, "role" varchar(16) NOT NULL, "enterpriseId" varchar(36), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users" ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_9f970e64feeab997299d939593" ON "users" ("enterpriseId") `);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(200) NOT NULL, "body" varchar(2000) NOT NULL, "readAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_692a909ee0fa9383e7859f9b40" ON "notifications" ("userId") `);
    await queryRunner.query(`DROP INDEX "IDX_233d2b3e09e2036a20ec7a9b4e"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_price_tiers" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "minQty" integer NOT NULL, "unitPriceFen" integer NOT NULL, CONSTRAINT "FK_a48e5b46e3141420b75293dfe7f" FOREIGN KEY ("productId") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_price_tiers"("id", "productId", "minQty", "unitPriceFen") SELECT "id", "productId", "minQty", "unitPriceFen" FROM "price_tiers"`,
    );
    await queryRunner.query(`DROP TABLE "price_tiers"`);
    await queryRunner.query(`ALTER TABLE "temporary_price_tiers" RENAME TO "price_tiers"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_233d2b3e09e2036a20ec7a9b4e" ON "price_tiers" ("productId", "minQty") `);
    await queryRunner.query(`DROP INDEX "IDX_f00024ded1f88f7464d33ccf37"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_skus" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "skuCode" varchar(64) NOT NULL, "specs" text NOT NULL, "priceFen" integer NOT NULL, "stock" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_7beba067c3aa6601fa17a0bda80" FOREIGN KEY ("productId") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_skus"("id", "productId", "skuCode", "specs", "priceFen", "stock") SELECT "id", "productId", "skuCode", "specs", "priceFen", "stock" FROM "skus"`,
    );
    await queryRunner.query(`DROP TABLE "skus"`);
    await queryRunner.query(`ALTER TABLE "temporary_skus" RENAME TO "skus"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f00024ded1f88f7464d33ccf37" ON "skus" ("productId", "skuCode") `);
    await queryRunner.query(`DROP INDEX "IDX_36ad91b36e9db4dd246be714e4"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_halls" ("id" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "name" varchar(128) NOT NULL, "industry" varchar(64) NOT NULL DEFAULT (''), "sortOrder" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_36ad91b36e9db4dd246be714e42" FOREIGN KEY ("expoId") REFERENCES "expos" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_halls"("id", "expoId", "name", "industry", "sortOrder") SELECT "id", "expoId", "name", "industry", "sortOrder" FROM "halls"`,
    );
    await queryRunner.query(`DROP TABLE "halls"`);
    await queryRunner.query(`ALTER TABLE "temporary_halls" RENAME TO "halls"`);
    await queryRunner.query(`CREATE INDEX "IDX_36ad91b36e9db4dd246be714e4" ON "halls" ("expoId") `);
    await queryRunner.query(`DROP INDEX "IDX_48ae1a39d4f2e247fd52abd159"`);
    await queryRunner.query(`DROP INDEX "IDX_ab1cff166cb88e1e2a47cf73b9"`);
    await queryRunner.query(`DROP INDEX "IDX_ee6ec59da9d357e59ba38d3cf3"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_booths" ("id" varchar(36) PRIMARY KEY NOT NULL, "hallId" varchar(36) NOT NULL, "expoId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, "headline" varchar(200) NOT NULL DEFAULT (''), "liveStatus" varchar(16) NOT NULL DEFAULT ('offline'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_84830e9bb055072a9ca21625bc0" FOREIGN KEY ("hallId") REFERENCES "halls" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ab1cff166cb88e1e2a47cf73b98" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_booths"("id", "hallId", "expoId", "enterpriseId", "code", "headline", "liveStatus", "createdAt") SELECT "id", "hallId", "expoId", "enterpriseId", "code", "headline", "liveStatus", "createdAt" FROM "booths"`,
    );
    await queryRunner.query(`DROP TABLE "booths"`);
    await queryRunner.query(`ALTER TABLE "temporary_booths" RENAME TO "booths"`);
    await queryRunner.query(`CREATE INDEX "IDX_48ae1a39d4f2e247fd52abd159" ON "booths" ("expoId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ab1cff166cb88e1e2a47cf73b9" ON "booths" ("enterpriseId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ee6ec59da9d357e59ba38d3cf3" ON "booths" ("hallId", "code") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_ee6ec59da9d357e59ba38d3cf3"`);
    await queryRunner.query(`DROP INDEX "IDX_ab1cff166cb88e1e2a47cf73b9"`);
    await queryRunner.query(`DROP INDEX "IDX_48ae1a39d4f2e247fd52abd159"`);
    await queryRunner.query(`ALTER TABLE "booths" RENAME TO "temporary_booths"`);
    await queryRunner.query(
      `CREATE TABLE "booths" ("id" varchar(36) PRIMARY KEY NOT NULL, "hallId" varchar(36) NOT NULL, "expoId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, "headline" varchar(200) NOT NULL DEFAULT (''), "liveStatus" varchar(16) NOT NULL DEFAULT ('offline'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "booths"("id", "hallId", "expoId", "enterpriseId", "code", "headline", "liveStatus", "createdAt") SELECT "id", "hallId", "expoId", "enterpriseId", "code", "headline", "liveStatus", "createdAt" FROM "temporary_booths"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_booths"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ee6ec59da9d357e59ba38d3cf3" ON "booths" ("hallId", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_ab1cff166cb88e1e2a47cf73b9" ON "booths" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_48ae1a39d4f2e247fd52abd159" ON "booths" ("expoId") `);
    await queryRunner.query(`DROP INDEX "IDX_36ad91b36e9db4dd246be714e4"`);
    await queryRunner.query(`ALTER TABLE "halls" RENAME TO "temporary_halls"`);
    await queryRunner.query(
      `CREATE TABLE "halls" ("id" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "name" varchar(128) NOT NULL, "industry" varchar(64) NOT NULL DEFAULT (''), "sortOrder" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(
      `INSERT INTO "halls"("id", "expoId", "name", "industry", "sortOrder") SELECT "id", "expoId", "name", "industry", "sortOrder" FROM "temporary_halls"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_halls"`);
    await queryRunner.query(`CREATE INDEX "IDX_36ad91b36e9db4dd246be714e4" ON "halls" ("expoId") `);
    await queryRunner.query(`DROP INDEX "IDX_f00024ded1f88f7464d33ccf37"`);
    await queryRunner.query(`ALTER TABLE "skus" RENAME TO "temporary_skus"`);
    await queryRunner.query(
      `CREATE TABLE "skus" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "skuCode" varchar(64) NOT NULL, "specs" text NOT NULL, "priceFen" integer NOT NULL, "stock" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(
      `INSERT INTO "skus"("id", "productId", "skuCode", "specs", "priceFen", "stock") SELECT "id", "productId", "skuCode", "specs", "priceFen", "stock" FROM "temporary_skus"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_skus"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f00024ded1f88f7464d33ccf37" ON "skus" ("productId", "skuCode") `);
    await queryRunner.query(`DROP INDEX "IDX_233d2b3e09e2036a20ec7a9b4e"`);
    await queryRunner.query(`ALTER TABLE "price_tiers" RENAME TO "temporary_price_tiers"`);
    await queryRunner.query(
      `CREATE TABLE "price_tiers" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "minQty" integer NOT NULL, "unitPriceFen" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "price_tiers"("id", "productId", "minQty", "unitPriceFen") SELECT "id", "productId", "minQty", "unitPriceFen" FROM "temporary_price_tiers"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_price_tiers"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_233d2b3e09e2036a20ec7a9b4e" ON "price_tiers" ("productId", "minQty") `);
    await queryRunner.query(`DROP INDEX "IDX_692a909ee0fa9383e7859f9b40"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "IDX_9f970e64feeab997299d939593"`);
    await queryRunner.query(`DROP INDEX "IDX_97672ac88f789774dd47f7c8be"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "IDX_ee6ec59da9d357e59ba38d3cf3"`);
    await queryRunner.query(`DROP INDEX "IDX_ab1cff166cb88e1e2a47cf73b9"`);
    await queryRunner.query(`DROP INDEX "IDX_48ae1a39d4f2e247fd52abd159"`);
    await queryRunner.query(`DROP TABLE "booths"`);
    await queryRunner.query(`DROP INDEX "IDX_36ad91b36e9db4dd246be714e4"`);
    await queryRunner.query(`DROP TABLE "halls"`);
    await queryRunner.query(`DROP INDEX "IDX_da02ef0cee93366d3fc9b22d68"`);
    await queryRunner.query(`DROP INDEX "IDX_f6d92f2a32453b7468f5c23c3f"`);
    await queryRunner.query(`DROP TABLE "expos"`);
    await queryRunner.query(`DROP TABLE "enterprises"`);
    await queryRunner.query(`DROP INDEX "IDX_662da7fbf63ea570fba90ba0c1"`);
    await queryRunner.query(`DROP TABLE "products"`);
    await queryRunner.query(`DROP INDEX "IDX_f00024ded1f88f7464d33ccf37"`);
    await queryRunner.query(`DROP TABLE "skus"`);
    await queryRunner.query(`DROP INDEX "IDX_233d2b3e09e2036a20ec7a9b4e"`);
    await queryRunner.query(`DROP TABLE "price_tiers"`);
  }
}
