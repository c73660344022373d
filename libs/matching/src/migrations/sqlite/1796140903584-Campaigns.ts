import { MigrationInterface, QueryRunner } from 'typeorm';

export class Campaigns1796140903584 implements MigrationInterface {
  name = 'Campaigns1796140903584';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching_outcomes" ("id" varchar(36) PRIMARY KEY NOT NULL, "demandId" varchar(36) NOT NULL, "supplierId" varchar(36) NOT NULL, "enterpriseId" varchar(36), "rfqId" varchar(36), "origin" varchar(8), "answeredAt" datetime(6), "quotedAt" datetime(6), "quoteCount" integer NOT NULL DEFAULT (0), "declinedAt" datetime(6), "declineReason" varchar(200), "buyerDecision" varchar(8), "orderId" varchar(36), "orderNo" varchar(24), "orderTotalFen" bigint, "acceptedAt" datetime(6), "updatedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0aee978f9f0b866a5096156e8f" ON "matching_outcomes" ("rfqId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_e16cbb45ecb64251fca29b69d3" ON "matching_outcomes" ("enterpriseId", "answeredAt") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d9b8cbdaccf6617f4d6146988b" ON "matching_outcomes" ("demandId", "supplierId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_campaigns" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizerId" varchar(36) NOT NULL, "name" varchar(100) NOT NULL, "scope" varchar(8) NOT NULL, "expoId" varchar(36), "provinces" text NOT NULL, "categoryCodes" text NOT NULL, "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "webhookUrl" varchar(500), "webhookSecret" varchar(128), "createdAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a1f9ba6bce1ccd2adeb07c31af" ON "matching_campaigns" ("organizerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_65187ddb7f783c0f2079ecac51" ON "matching_campaigns" ("startsAt") `);
    await queryRunner.query(
      `CREATE TABLE "matching_campaign_pushes" ("id" varchar(36) PRIMARY KEY NOT NULL, "campaignId" varchar(36) NOT NULL, "suggestionId" varchar(36) NOT NULL, "demandId" varchar(36) NOT NULL, "supplierId" varchar(36) NOT NULL, "pushedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_abde1888a2beaaac4ac0fd484d" ON "matching_campaign_pushes" ("campaignId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_21c3dcaa3d5215b8b22eea07c9" ON "matching_campaign_pushes" ("suggestionId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_70fd4b5118d230f5be61d5b18a" ON "matching_demands" ("createdAt") `);
    await queryRunner.query(
      `CREATE TABLE "matching_turns" ("owner" varchar(80) PRIMARY KEY NOT NULL, "takenAt" datetime(6) NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "matching_turns"`);
    await queryRunner.query(`DROP INDEX "IDX_70fd4b5118d230f5be61d5b18a"`);
    await queryRunner.query(`DROP INDEX "IDX_21c3dcaa3d5215b8b22eea07c9"`);
    await queryRunner.query(`DROP INDEX "IDX_abde1888a2beaaac4ac0fd484d"`);
    await queryRunner.query(`DROP TABLE "matching_campaign_pushes"`);
    await queryRunner.query(`DROP INDEX "IDX_65187ddb7f783c0f2079ecac51"`);
    await queryRunner.query(`DROP INDEX "IDX_a1f9ba6bce1ccd2adeb07c31af"`);
    await queryRunner.query(`DROP TABLE "matching_campaigns"`);
    await queryRunner.query(`DROP INDEX "IDX_d9b8cbdaccf6617f4d6146988b"`);
    await queryRunner.query(`DROP INDEX "IDX_e16cbb45ecb64251fca29b69d3"`);
    await queryRunner.query(`DROP INDEX "IDX_0aee978f9f0b866a5096156e8f"`);
    await queryRunner.query(`DROP TABLE "matching_outcomes"`);
  }
}
