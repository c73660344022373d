import { MigrationInterface, QueryRunner } from 'typeorm';

export class Orders1796117936475 implements MigrationInterface {
  name = 'Orders1796117936475';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "order_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "orderId" varchar(36) NOT NULL, "fromStatus" varchar(16), "toStatus" varchar(16) NOT NULL, "actor" varchar(16) NOT NULL, "actorId" varchar(36), "note" varchar(500) NOT NULL DEFAULT (''), "at" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7797d99560e0bee2373eaefd29" ON "order_events" ("orderId", "at") `);
    await queryRunner.query(
      `CREATE TABLE "orders" ("id" varchar(36) PRIMARY KEY NOT NULL, "orderNo" varchar(24) NOT NULL, "type" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "buyerId" varchar(36) NOT NULL, "buyerName" varchar(64) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "boothId" varchar(36), "liveSessionId" varchar(36), "dealId" varchar(36), "quoteId" varchar(36), "productId" varchar(36) NOT NULL, "skuId" varchar(36) NOT NULL, "productName" varchar(200) NOT NULL, "skuCode" varchar(64) NOT NULL, "specs" text NOT NULL, "unit" varchar(16) NOT NULL, "quantity" integer NOT NULL, "unitPriceFen" integer NOT NULL, "totalFen" bigint NOT NULL, "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "payBy" datetime(6), "paymentMethod" varchar(32) NOT NULL DEFAULT ('bank_transfer'), "paymentRef" varchar(100), "carrier" varchar(50), "trackingNo" varchar(64), "cancelReason" varchar(500), "shipTo" text, "invoice" text, "note" varchar(500) NOT NULL DEFAULT (''), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9e116d4adfd60229dc662a81b0" ON "orders" ("orderNo") `);
    await queryRunner.query(`CREATE INDEX "IDX_997647381153925180c3bb85ed" ON "orders" ("status", "payBy") `);
    await queryRunner.query(`CREATE INDEX "IDX_8f4e92fbc802ef781b45e75cf7" ON "orders" ("dealId", "buyerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1599731080e7ce8506d74f63d8" ON "orders" ("buyerId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_fc1e8a261ce8ddfa1bebc1767a" ON "orders" ("enterpriseId", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1e3c8acfa4e106694709b85741" ON "orders" ("buyerId", "idempotencyKey") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_1e3c8acfa4e106694709b85741"`);
    await queryRunner.query(`DROP INDEX "IDX_fc1e8a261ce8ddfa1bebc1767a"`);
    await queryRunner.query(`DROP INDEX "IDX_1599731080e7ce8506d74f63d8"`);
    await queryRunner.query(`DROP INDEX "IDX_8f4e92fbc802ef781b45e75cf7"`);
    await queryRunner.query(`DROP INDEX "IDX_997647381153925180c3bb85ed"`);
    await queryRunner.query(`DROP INDEX "IDX_9e116d4adfd60229dc662a81b0"`);
    await queryRunner.query(`DROP TABLE "orders"`);
    await queryRunner.query(`DROP INDEX "IDX_7797d99560e0bee2373eaefd29"`);
    await queryRunner.query(`DROP TABLE "order_events"`);
  }
}
