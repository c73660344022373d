import { MigrationInterface, QueryRunner } from 'typeorm';

export class Quotations1796119311843 implements MigrationInterface {
  name = 'Quotations1796119311843';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quotes" ("id" varchar(36) PRIMARY KEY NOT NULL, "rfqId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "skuId" varchar(36) NOT NULL, "skuCode" varchar(64) NOT NULL, "specs" text NOT NULL, "unitPriceFen" integer NOT NULL, "quantity" integer NOT NULL, "validUntil" datetime(6) NOT NULL, "paymentTerms" varchar(500) NOT NULL DEFAULT (''), "deliveryTerms" varchar(500) NOT NULL DEFAULT (''), "packaging" varchar(500) NOT NULL DEFAULT (''), "leadTimeDays" integer, "remarks" varchar(1000) NOT NULL DEFAULT (''), "authorId" varchar(36) NOT NULL, "authorName" varchar(64) NOT NULL, "createdAt" datetime(6) NOT NULL, "decidedAt" datetime(6), "declineReason" varchar(500), "orderId" varchar(36))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ba7fe5415bb4a817d8c4b4f38f" ON "quotes" ("status", "validUntil") `);
    await queryRunner.query(`CREATE INDEX "IDX_4f014a80bae2f4fd5d018ea0b8" ON "quotes" ("rfqId", "createdAt") `);
    await queryRunner.query(
      `CREATE TABLE "rfqs" ("id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "buyerId" varchar(36) NOT NULL, "buyerName" varchar(64) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "enterpriseName" varchar(128) NOT NULL, "boothId" varchar(36), "productId" varchar(36) NOT NULL, "productName" varchar(200) NOT NULL, "unit" varchar(16) NOT NULL, "skuId" varchar(36), "skuCode" varchar(64), "specs" text, "quantity" integer NOT NULL, "targetUnitPriceFen" integer, "deadline" datetime(6) NOT NULL, "deliveryProvince" varchar(16) NOT NULL, "requirements" varchar(2000) NOT NULL DEFAULT (''), "message" varchar(2000) NOT NULL DEFAULT (''), "latestQuoteId" varchar(36), "offerValidUntil" datetime(6), "orderId" varchar(36), "orderNo" varchar(24), "messageCount" integer NOT NULL DEFAULT (0), "quoteCount" integer NOT NULL DEFAULT (0), "closedBy" varchar(16), "closeReason" varchar(500), "closedAt" datetime(6), "createdAt" datetime(6) NOT NULL, "lastActivityAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_888993be77a311fe76ab4e921c" ON "rfqs" ("status", "offerValidUntil") `);
    await queryRunner.query(`CREATE INDEX "IDX_d65db263043e0b18ed0691fae3" ON "rfqs" ("status", "deadline") `);
    await queryRunner.query(`CREATE INDEX "IDX_8186931fae66183e678f10ebe7" ON "rfqs" ("buyerId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_2fee5dd287fd55653096ecb551" ON "rfqs" ("enterpriseId", "lastActivityAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_c887dee55179ec0bcbfe995d2b" ON "rfqs" ("buyerId", "lastActivityAt") `);
    await queryRunner.query(
      `CREATE TABLE "rfq_messages" ("id" varchar(36) PRIMARY KEY NOT NULL, "rfqId" varchar(36) NOT NULL, "side" varchar(16) NOT NULL, "authorId" varchar(36) NOT NULL, "authorName" varchar(64) NOT NULL, "body" varchar(2000) NOT NULL, "createdAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cf234afd79327ef153ab03d221" ON "rfq_messages" ("rfqId", "authorId", "createdAt") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5e15c3ef60ba6c9d6a83f80978" ON "rfq_messages" ("rfqId", "createdAt") `);
    await queryRunner.query(
      `CREATE TABLE "rfq_buyer_locks" ("buyerId" varchar(36) PRIMARY KEY NOT NULL, "lockedAt" datetime(6) NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rfq_buyer_locks"`);
    await queryRunner.query(`DROP INDEX "IDX_5e15c3ef60ba6c9d6a83f80978"`);
    await queryRunner.query(`DROP INDEX "IDX_cf234afd79327ef153ab03d221"`);
    await queryRunner.query(`DROP TABLE "rfq_messages"`);
    await queryRunner.query(`DROP INDEX "IDX_c887dee55179ec0bcbfe995d2b"`);
    await queryRunner.query(`DROP INDEX "IDX_2fee5dd287fd55653096ecb551"`);
    await queryRunner.query(`DROP INDEX "IDX_8186931fae66183e678f10ebe7"`);
    await queryRunner.query(`DROP INDEX "IDX_d65db263043e0b18ed0691fae3"`);
    await queryRunner.query(`DROP INDEX "IDX_888993be77a311fe76ab4e921c"`);
    await queryRunner.query(`DROP TABLE "rfqs"`);
    await queryRunner.query(`DROP INDEX "IDX_4f014a80bae2f4fd5d018ea0b8"`);
    await queryRunner.query(`DROP INDEX "IDX_ba7fe5415bb4a817d8c4b4f38f"`);
    await queryRunner.query(`DROP TABLE "quotes"`);
  }
}
