import { MigrationInterface, QueryRunner } from 'typeorm';

export class Leads1796128802468 implements MigrationInterface {
  name = 'Leads1796128802468';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "business_cards" ("userId" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(64) NOT NULL, "title" varchar(64) NOT NULL DEFAULT (''), "company" varchar(128) NOT NULL DEFAULT (''), "phone" varchar(32), "email" varchar(254), "wechat" varchar(32), "updatedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "card_exchanges" ("id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "buyerId" varchar(36) NOT NULL, "buyerName" varchar(64) NOT NULL, "boothId" varchar(36) NOT NULL, "boothCode" varchar(32) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "enterpriseName" varchar(128) NOT NULL, "staffId" varchar(36), "createdAt" datetime(6) NOT NULL, "decidedAt" datetime(6))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_76a49b6b35f8d862e10934afd5" ON "card_exchanges" ("buyerId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_24fb2e65762bba300d33c01fd9" ON "card_exchanges" ("enterpriseId", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0f18091c5e68ff8aae1ca4270a" ON "card_exchanges" ("buyerId", "boothId") `);
    await queryRunner.query(
      `CREATE TABLE "lead_user_locks" ("userId" varchar(36) PRIMARY KEY NOT NULL, "lockedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "lead_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "leadId" varchar(36) NOT NULL, "fromStatus" varchar(16), "toStatus" varchar(16) NOT NULL, "actorId" varchar(36) NOT NULL, "actorName" varchar(64) NOT NULL, "reason" varchar(500), "at" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fcfff52e7db22f3362298755a0" ON "lead_events" ("leadId", "at") `);
    await queryRunner.query(
      `CREATE TABLE "leads" ("id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "boothId" varchar(36) NOT NULL, "boothCode" varchar(32) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "enterpriseName" varchar(128) NOT NULL, "expoId" varchar(36), "buyerId" varchar(36) NOT NULL, "buyerName" varchar(64) NOT NULL, "productId" varchar(36), "productName" varchar(200), "quantity" integer, "unit" varchar(16), "message" varchar(2000) NOT NULL, "contactName" varchar(64) NOT NULL, "contactCompany" varchar(128) NOT NULL DEFAULT (''), "contactPhone" varchar(32), "contactEmail" varchar(254), "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "rfqId" varchar(36), "lostReason" varchar(500), "noteCount" integer NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0a4b0a41282ea13442fa4f70c6" ON "leads" ("buyerId", "boothId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_980c1154eb2495b1721c8d24d9" ON "leads" ("buyerId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_d1804b095d67fa5fb7086a6b45" ON "leads" ("enterpriseId", "status", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_afd438410f16241c32626d79d4" ON "leads" ("enterpriseId", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_be3f2ad07c9f00fd70b40cf484" ON "leads" ("buyerId", "idempotencyKey") `);
    await queryRunner.query(
      `CREATE TABLE "lead_notes" ("id" varchar(36) PRIMARY KEY NOT NULL, "leadId" varchar(36) NOT NULL, "authorId" varchar(36) NOT NULL, "authorName" varchar(64) NOT NULL, "body" varchar(1000) NOT NULL, "createdAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3ba974df138ef0642392fec54a" ON "lead_notes" ("leadId", "createdAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_3ba974df138ef0642392fec54a"`);
    await queryRunner.query(`DROP TABLE "lead_notes"`);
    await queryRunner.query(`DROP INDEX "IDX_be3f2ad07c9f00fd70b40cf484"`);
    await queryRunner.query(`DROP INDEX "IDX_afd438410f16241c32626d79d4"`);
    await queryRunner.query(`DROP INDEX "IDX_d1804b095d67fa5fb7086a6b45"`);
    await queryRunner.query(`DROP INDEX "IDX_980c1154eb2495b1721c8d24d9"`);
    await queryRunner.query(`DROP INDEX "IDX_0a4b0a41282ea13442fa4f70c6"`);
    await queryRunner.query(`DROP TABLE "leads"`);
    await queryRunner.query(`DROP INDEX "IDX_fcfff52e7db22f3362298755a0"`);
    await queryRunner.query(`DROP TABLE "lead_events"`);
    await queryRunner.query(`DROP TABLE "lead_user_locks"`);
    await queryRunner.query(`DROP INDEX "IDX_0f18091c5e68ff8aae1ca4270a"`);
    await queryRunner.query(`DROP INDEX "IDX_24fb2e65762bba300d33c01fd9"`);
    await queryRunner.query(`DROP INDEX "IDX_76a49b6b35f8d862e10934afd5"`);
    await queryRunner.query(`DROP TABLE "card_exchanges"`);
    await queryRunner.query(`DROP TABLE "business_cards"`);
  }
}
