import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingRooms1796130913395 implements MigrationInterface {
  name = 'MeetingRooms1796130913395';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_538c464628d26722802387423d"`);
    await queryRunner.query(`DROP INDEX "IDX_c534b23417cc91f24b08ded490"`);
    await queryRunner.query(`DROP INDEX "IDX_0dea6c00d34ffca6636a160676"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_live_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "boothId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "title" varchar(120) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('scheduled'), "scheduledAt" datetime(6), "startedAt" datetime(6), "endedAt" datetime(6), "allowAnonymous" boolean NOT NULL DEFAULT (1), "likeCount" integer NOT NULL DEFAULT (0), "peakViewers" integer NOT NULL DEFAULT (0), "pinnedProductId" varchar(36), "pinnedAt" datetime(6), "streamKey" varchar(64) NOT NULL, "createdBy" varchar(36) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "kind" varchar(16) NOT NULL DEFAULT ('broadcast'), "participantIds" text, "opensAt" datetime(6), "closesAt" datetime(6))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_live_sessions"("id", "boothId", "enterpriseId", "title", "status", "scheduledAt", "startedAt", "endedAt", "allowAnonymous", "likeCount", "peakViewers", "pinnedProductId", "pinnedAt", "streamKey", "createdBy", "createdAt") SELECT "id", "boothId", "enterpriseId", "title", "status", "scheduledAt", "startedAt", "endedAt", "allowAnonymous", "likeCount", "peakViewers", "pinnedProductId", "pinnedAt", "streamKey", "createdBy", "createdAt" FROM "live_sessions"`,
    );
    await queryRunner.query(`DROP TABLE "live_sessions"`);
    await queryRunner.query(`ALTER TABLE "temporary_live_sessions" RENAME TO "live_sessions"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_538c464628d26722802387423d" ON "live_sessions" ("streamKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_c534b23417cc91f24b08ded490" ON "live_sessions" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_0dea6c00d34ffca6636a160676" ON "live_sessions" ("boothId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_0dea6c00d34ffca6636a160676"`);
    await queryRunner.query(`DROP INDEX "IDX_c534b23417cc91f24b08ded490"`);
    await queryRunner.query(`DROP INDEX "IDX_538c464628d26722802387423d"`);
    await queryRunner.query(`ALTER TABLE "live_sessions" RENAME TO "temporary_live_sessions"`);
    await queryRunner.query(
      `CREATE TABLE "live_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "boothId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "title" varchar(120) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('scheduled'), "scheduledAt" datetime(6), "startedAt" datetime(6), "endedAt" datetime(6), "allowAnonymous" boolean NOT NULL DEFAULT (1), "likeCount" integer NOT NULL DEFAULT (0), "peakViewers" integer NOT NULL DEFAULT (0), "pinnedProductId" varchar(36), "pinnedAt" datetime(6), "streamKey" varchar(64) NOT NULL, "createdBy" varchar(36) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "live_sessions"("id", "boothId", "enterpriseId", "title", "status", "scheduledAt", "startedAt", "endedAt", "allowAnonymous", "likeCount", "peakViewers", "pinnedProductId", "pinnedAt", "streamKey", "createdBy", "createdAt") SELECT "id", "boothId", "enterpriseId", "title", "status", "scheduledAt", "startedAt", "endedAt", "allowAnonymous", "likeCount", "peakViewers", "pinnedProductId", "pinnedAt", "streamKey", "createdBy", "createdAt" FROM "temporary_live_sessions"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_live_sessions"`);
    await queryRunner.query(`CREATE INDEX "IDX_0dea6c00d34ffca6636a160676" ON "live_sessions" ("boothId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c534b23417cc91f24b08ded490" ON "live_sessions" ("enterpriseId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_538c464628d26722802387423d" ON "live_sessions" ("streamKey") `);
  }
}
