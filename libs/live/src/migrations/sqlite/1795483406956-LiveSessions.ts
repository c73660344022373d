import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveSessions1795483406956 implements MigrationInterface {
  name = 'LiveSessions1795483406956';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "chat_bans" ("id" varchar(36) PRIMARY KEY NOT NULL, "sessionId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "bannedBy" varchar(36) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ecff7591edeef3f904aad482c3" ON "chat_bans" ("sessionId", "userId") `);
    await queryRunner.query(
      `CREATE TABLE "chat_messages" ("id" varchar(36) PRIMARY KEY NOT NULL, "sessionId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "displayName" varchar(64) NOT NULL, "text" varchar(500) NOT NULL, "deletedAt" datetime(6), "deletedBy" varchar(36), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_11ae8316dea51d14fa619e4e49" ON "chat_messages" ("sessionId", "createdAt") `);
    await queryRunner.query(
      `CREATE TABLE "live_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "boothId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "title" varchar(120) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('scheduled'), "scheduledAt" datetime(6), "startedAt" datetime(6), "endedAt" datetime(6), "allowAnonymous" boolean NOT NULL DEFAULT (1), "likeCount" integer NOT NULL DEFAULT (0), "peakViewers" integer NOT NULL DEFAULT (0), "pinnedProductId" varchar(36), "pinnedAt" datetime(6), "streamKey" varchar(64) NOT NULL, "createdBy" varchar(36) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0dea6c00d34ffca6636a160676" ON "live_sessions" ("boothId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c534b23417cc91f24b08ded490" ON "live_sessions" ("enterpriseId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_538c464628d26722802387423d" ON "live_sessions" ("streamKey") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_538c464628d26722802387423d"`);
    await queryRunner.query(`DROP INDEX "IDX_c534b23417cc91f24b08ded490"`);
    await queryRunner.query(`DROP INDEX "IDX_0dea6c00d34ffca6636a160676"`);
    await queryRunner.query(`DROP TABLE "live_sessions"`);
    await queryRunner.query(`DROP INDEX "IDX_11ae8316dea51d14fa619e4e49"`);
    await queryRunner.query(`DROP TABLE "chat_messages"`);
    await queryRunner.query(`DROP INDEX "IDX_ecff7591edeef3f904aad482c3"`);
    await queryRunner.query(`DROP TABLE "chat_bans"`);
  }
}
