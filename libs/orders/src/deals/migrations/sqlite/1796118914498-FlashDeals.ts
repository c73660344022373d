import { MigrationInterface, QueryRunner } from 'typeorm';

export class FlashDeals1796118914498 implements MigrationInterface {
  name = 'FlashDeals1796118914498';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "flash_deals" ("id" varchar(36) PRIMARY KEY NOT NULL, "sessionId" varchar(36) NOT NULL, "boothId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "skuId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "productName" varchar(200) NOT NULL, "skuCode" varchar(64) NOT NULL, "specs" text NOT NULL, "unit" varchar(16) NOT NULL, "retailPriceFen" integer NOT NULL, "priceFen" integer NOT NULL, "quantity" integer NOT NULL, "sold" integer NOT NULL DEFAULT (0), "perBuyerLimit" integer NOT NULL, "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "status" varchar(16) NOT NULL, "endReason" varchar(16), "endedAt" datetime(6), "returnedToSku" integer NOT NULL DEFAULT (0), "activeSlot" integer, "createdBy" varchar(36) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_45b5fce90fa07a68da18cb9073" ON "flash_deals" ("sessionId", "activeSlot") `);
    await queryRunner.query(`CREATE INDEX "IDX_006056fb5ccc05f2af1a059b59" ON "flash_deals" ("status", "endsAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_ebd205dc45deecb095eaf2efcb" ON "flash_deals" ("sessionId", "createdAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_ebd205dc45deecb095eaf2efcb"`);
    await queryRunner.query(`DROP INDEX "IDX_006056fb5ccc05f2af1a059b59"`);
    await queryRunner.query(`DROP INDEX "IDX_45b5fce90fa07a68da18cb9073"`);
    await queryRunner.query(`DROP TABLE "flash_deals"`);
  }
}
