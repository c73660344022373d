import { MigrationInterface, QueryRunner } from 'typeorm';

export class Analytics1796129026167 implements MigrationInterface {
  name = 'Analytics1796129026167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "analytics_events" ("seq" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "id" varchar(36) NOT NULL, "type" varchar(16) NOT NULL, "visitorId" varchar(36) NOT NULL, "userId" varchar(36), "expoId" varchar(36) NOT NULL, "hallId" varchar(36), "boothId" varchar(36), "enterpriseId" varchar(36), "visitId" varchar(36), "refId" varchar(36), "watching" boolean NOT NULL DEFAULT (0), "valueFen" bigint NOT NULL DEFAULT (0), "occurredAt" datetime(6) NOT NULL, "receivedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5d643d67a09b55653e98616f42" ON "analytics_events" ("id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1eb50ab1521fa94898f1e495ba" ON "analytics_events" ("userId", "boothId") `);
    await queryRunner.query(
      `CREATE TABLE "analytics_booth_stats" ("boothId" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "hallId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "visits" integer NOT NULL DEFAULT (0), "engaged" integer NOT NULL DEFAULT (0), "dwellSeconds" bigint NOT NULL DEFAULT (0), "watchSeconds" bigint NOT NULL DEFAULT (0), "watchStarts" integer NOT NULL DEFAULT (0), "productViews" integer NOT NULL DEFAULT (0), "inquiries" integer NOT NULL DEFAULT (0), "orders" integer NOT NULL DEFAULT (0), "orderValueFen" bigint NOT NULL DEFAULT (0), "peakConcurrent" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7a0f21a8fdc983a60926fdaf67" ON "analytics_booth_stats" ("expoId") `);
    await queryRunner.query(
      `CREATE TABLE "analytics_booth_hours" ("boothId" varchar(36) NOT NULL, "hour" integer NOT NULL, "expoId" varchar(36) NOT NULL, "hallId" varchar(36) NOT NULL, "visits" integer NOT NULL DEFAULT (0), "engaged" integer NOT NULL DEFAULT (0), "dwellSeconds" bigint NOT NULL DEFAULT (0), "watchSeconds" bigint NOT NULL DEFAULT (0), "inquiries" integer NOT NULL DEFAULT (0), "orders" integer NOT NULL DEFAULT (0), "orderValueFen" bigint NOT NULL DEFAULT (0), PRIMARY KEY ("boothId", "hour"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_35df356c90d435c2488b557e32" ON "analytics_booth_hours" ("expoId", "hour") `);
    await queryRunner.query(
      `CREATE TABLE "analytics_dwell" ("boothId" varchar(36) NOT NULL, "seconds" integer NOT NULL, "visits" integer NOT NULL DEFAULT (0), PRIMARY KEY ("boothId", "seconds"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_booth_minutes" ("boothId" varchar(36) NOT NULL, "minute" integer NOT NULL, "visitors" integer NOT NULL DEFAULT (0), PRIMARY KEY ("boothId", "minute"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_scope_visitors" ("scope" varchar(40) NOT NULL, "visitorId" varchar(36) NOT NULL, "visits" integer NOT NULL DEFAULT (0), PRIMARY KEY ("scope", "visitorId"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_scope_stats" ("scope" varchar(40) PRIMARY KEY NOT NULL, "uniqueVisitors" integer NOT NULL DEFAULT (0), "repeatVisitors" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_routes" ("expoId" varchar(36) NOT NULL, "fromKey" varchar(48) NOT NULL, "toKey" varchar(48) NOT NULL, "count" integer NOT NULL DEFAULT (0), PRIMARY KEY ("expoId", "fromKey", "toKey"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_paths" ("expoId" varchar(36) NOT NULL, "path" varchar(150) NOT NULL, "count" integer NOT NULL DEFAULT (0), PRIMARY KEY ("expoId", "path"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_visits" ("visitId" varchar(36) PRIMARY KEY NOT NULL, "boothId" varchar(36) NOT NULL, "hallId" varchar(36) NOT NULL, "expoId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "visitorId" varchar(36) NOT NULL, "userId" varchar(36), "startedAt" datetime(6) NOT NULL, "lastSeenAt" datetime(6) NOT NULL, "productViews" integer NOT NULL DEFAULT (0), "watchSeconds" integer NOT NULL DEFAULT (0), "watchStarts" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8c3fb8450b8e580deba341a334" ON "analytics_visits" ("boothId", "startedAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_26b6a36d36cf5a66ebd2c22b8d" ON "analytics_visits" ("userId", "boothId") `);
    await queryRunner.query(
      `CREATE TABLE "analytics_trails" ("expoId" varchar(36) NOT NULL, "visitorId" varchar(36) NOT NULL, "last" varchar(48) NOT NULL, "previous" varchar(48), PRIMARY KEY ("expoId", "visitorId"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_cursors" ("name" varchar(32) PRIMARY KEY NOT NULL, "seq" integer NOT NULL, "updatedAt" datetime(6))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "analytics_cursors"`);
    await queryRunner.query(`DROP TABLE "analytics_trails"`);
    await queryRunner.query(`DROP INDEX "IDX_26b6a36d36cf5a66ebd2c22b8d"`);
    await queryRunner.query(`DROP INDEX "IDX_8c3fb8450b8e580deba341a334"`);
    await queryRunner.query(`DROP TABLE "analytics_visits"`);
    await queryRunner.query(`DROP TABLE "analytics_paths"`);
    await queryRunner.query(`DROP TABLE "analytics_routes"`);
    await queryRunner.query(`DROP TABLE "analytics_scope_stats"`);
    await queryRunner.query(`DROP TABLE "analytics_scope_visitors"`);
    await queryRunner.query(`DROP TABLE "analytics_booth_minutes"`);
    await queryRunner.query(`DROP TABLE "analytics_dwell"`);
    await queryRunner.query(`DROP INDEX "IDX_35df356c90d435c2488b557e32"`);
    await queryRunner.query(`DROP TABLE "analytics_booth_hours"`);
    await queryRunner.query(`DROP INDEX "IDX_7a0f21a8fdc983a60926fdaf67"`);
    await queryRunner.query(`DROP TABLE "analytics_booth_stats"`);
    await queryRunner.query(`DROP INDEX "IDX_1eb50ab1521fa94898f1e495ba"`);
    await queryRunner.query(`DROP INDEX "IDX_5d643d67a09b55653e98616f42"`);
    await queryRunner.query(`DROP TABLE "analytics_events"`);
  }
}
