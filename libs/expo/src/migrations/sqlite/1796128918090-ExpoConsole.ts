import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExpoConsole1796128918090 implements MigrationInterface {
  name = 'ExpoConsole1796128918090';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "expo_categories" ("id" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "code" varchar(32) NOT NULL, "parentCode" varchar(32), "nameZh" varchar(64) NOT NULL, "nameEn" varchar(64) NOT NULL DEFAULT (''), "ccc" boolean NOT NULL DEFAULT (0), "sortOrder" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fcc78c3b77f41ba957d1a15240" ON "expo_categories" ("expoId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fcba7389295c3a755dc63be109" ON "expo_categories" ("expoId", "code") `);
    await queryRunner.query(
      `CREATE TABLE "expo_announcements" ("id" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "title" varchar(120) NOT NULL, "titleEn" varchar(120) NOT NULL DEFAULT (''), "body" varchar(2000) NOT NULL DEFAULT (''), "bodyEn" varchar(2000) NOT NULL DEFAULT (''), "createdBy" varchar(36) NOT NULL, "publishedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5d677196ef1089a868b924aad1" ON "expo_announcements" ("expoId", "publishedAt") `);
    await queryRunner.query(
      `CREATE TABLE "expo_applications" ("id" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "applicantId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "openKey" varchar(8), "message" varchar(1000) NOT NULL DEFAULT (''), "reason" varchar(500) NOT NULL DEFAULT (''), "decidedAt" datetime(6), "boothId" varchar(36), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_49d5504196005e06ec4d4371c5" ON "expo_applications" ("expoId") `);
    await queryRunner.query(`CREATE INDEX "IDX_6c83558d5c139ad8a26d2fcdd7" ON "expo_applications" ("enterpriseId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d11233fa286d47d1d57d863fda" ON "expo_applications" ("expoId", "enterpriseId", "openKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "booth_slots" ("id" varchar(36) PRIMARY KEY NOT NULL, "hallId" varchar(36) NOT NULL, "expoId" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, "x" integer NOT NULL, "y" integer NOT NULL, "w" integer NOT NULL, "h" integer NOT NULL, "boothId" varchar(36))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5f583e8967cc80161a43bb9658" ON "booth_slots" ("hallId") `);
    await queryRunner.query(`CREATE INDEX "IDX_9a28e98d1c7ce2d32e06cab5c3" ON "booth_slots" ("expoId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6e3f98932c8236de463a911c1c" ON "booth_slots" ("boothId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_66490f8998075f3e7351fdddd8" ON "booth_slots" ("hallId", "code") `);
    await queryRunner.query(
      `CREATE TABLE "expo_calendar_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "hallId" varchar(36) NOT NULL, "boothId" varchar(36) NOT NULL, "sessionId" varchar(36) NOT NULL, "title" varchar(120) NOT NULL, "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "createdBy" varchar(36) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9beeeedb85917a481929014f57" ON "expo_calendar_entries" ("hallId") `);
    await queryRunner.query(`CREATE INDEX "IDX_44d51fb894d74e793d9ed49e83" ON "expo_calendar_entries" ("boothId") `);
    await queryRunner.query(`CREATE INDEX "IDX_b5d998a2043f864280c393a3d9" ON "expo_calendar_entries" ("expoId", "startsAt") `);
    await queryRunner.query(`DROP INDEX "IDX_da02ef0cee93366d3fc9b22d68"`);
    await queryRunner.query(`DROP INDEX "IDX_f6d92f2a32453b7468f5c23c3f"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_expos" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "name" varchar(128) NOT NULL, "description" varchar(4000) NOT NULL DEFAULT (''), "status" varchar(16) NOT NULL DEFAULT ('draft'), "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "organizerId" varchar(36) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "nameEn" varchar(128) NOT NULL DEFAULT (''), "descriptionEn" varchar(4000) NOT NULL DEFAULT (''), "timeZone" varchar(64) NOT NULL DEFAULT ('Asia/Shanghai'), "coverImageKey" varchar(128))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_expos"("id", "slug", "name", "description", "status", "startsAt", "endsAt", "organizerId", "createdAt") SELECT "id", "slug", "name", "description", "status", "startsAt", "endsAt", "organizerId", "createdAt" FROM "expos"`,
    );
    await queryRunner.query(`DROP TABLE "expos"`);
    await queryRunner.query(`ALTER TABLE "temporary_expos" RENAME TO "expos"`);
    await queryRunner.query(`CREATE INDEX "IDX_da02ef0cee93366d3fc9b22d68" ON "expos" ("organizerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f6d92f2a32453b7468f5c23c3f" ON "expos" ("slug") `);
    await queryRunner.query(`DROP INDEX "IDX_36ad91b36e9db4dd246be714e4"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_halls" ("id" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "name" varchar(128) NOT NULL, "industry" varchar(64) NOT NULL DEFAULT (''), "sortOrder" integer NOT NULL DEFAULT (0), "nameEn" varchar(128) NOT NULL DEFAULT (''), "categoryCode" varchar(32), "gridCols" integer NOT NULL DEFAULT (12), "gridRows" integer NOT NULL DEFAULT (8), CONSTRAINT "FK_36ad91b36e9db4dd246be714e42" FOREIGN KEY ("expoId") REFERENCES "expos" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_halls"("id", "expoId", "name", "industry", "sortOrder") SELECT "id", "expoId", "name", "industry", "sortOrder" FROM "halls"`,
    );
    await queryRunner.query(`DROP TABLE "halls"`);
    await queryRunner.query(`ALTER TABLE "temporary_halls" RENAME TO "halls"`);
    await queryRunner.query(`CREATE INDEX "IDX_36ad91b36e9db4dd246be714e4" ON "halls" ("expoId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_36ad91b36e9db4dd246be714e4"`);
    await queryRunner.query(`ALTER TABLE "halls" RENAME TO "temporary_halls"`);
    await queryRunner.query(
      `CREATE TABLE "halls" ("id" varchar(36) PRIMARY KEY NOT NULL, "expoId" varchar(36) NOT NULL, "name" varchar(128) NOT NULL, "industry" varchar(64) NOT NULL DEFAULT (''), "sortOrder" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_36ad91b36e9db4dd246be714e42" FOREIGN KEY ("expoId") REFERENCES "expos" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "halls"("id", "expoId", "name", "industry", "sortOrder") SELECT "id", "expoId", "name", "industry", "sortOrder" FROM "temporary_halls"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_halls"`);
    await queryRunner.query(`CREATE INDEX "IDX_36ad91b36e9db4dd246be714e4" ON "halls" ("expoId") `);
    await queryRunner.query(`DROP INDEX "IDX_f6d92f2a32453b7468f5c23c3f"`);
    await queryRunner.query(`DROP INDEX "IDX_da02ef0cee93366d3fc9b22d68"`);
    await queryRunner.query(`ALTER TABLE "expos" RENAME TO "temporary_expos"`);
    await queryRunner.query(
      `CREATE TABLE "expos" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "name" varchar(128) NOT NULL, "description" varchar(4000) NOT NULL DEFAULT (''), "status" varchar(16) NOT NULL DEFAULT ('draft'), "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "organizerId" varchar(36) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "expos"("id", "slug", "name", "description", "status", "startsAt", "endsAt", "organizerId", "createdAt") SELECT "id", "slug", "name", "description", "status", "startsAt", "endsAt", "organizerId", "createdAt" FROM "temporary_expos"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_expos"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f6d92f2a32453b7468f5c23c3f" ON "expos" ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_da02ef0cee93366d3fc9b22d68" ON "expos" ("organizerId") `);
    await queryRunner.query(`DROP INDEX "IDX_b5d998a2043f864280c393a3d9"`);
    await queryRunner.query(`DROP INDEX "IDX_44d51fb894d74e793d9ed49e83"`);
    await queryRunner.query(`DROP INDEX "IDX_9beeeedb85917a481929014f57"`);
    await queryRunner.query(`DROP TABLE "expo_calendar_entries"`);
    await queryRunner.query(`DROP INDEX "IDX_66490f8998075f3e7351fdddd8"`);
    await queryRunner.query(`DROP INDEX "IDX_6e3f98932c8236de463a911c1c"`);
    await queryRunner.query(`DROP INDEX "IDX_9a28e98d1c7ce2d32e06cab5c3"`);
    await queryRunner.query(`DROP INDEX "IDX_5f583e8967cc80161a43bb9658"`);
    await queryRunner.query(`DROP TABLE "booth_slots"`);
    await queryRunner.query(`DROP INDEX "IDX_d11233fa286d47d1d57d863fda"`);
    await queryRunner.query(`DROP INDEX "IDX_6c83558d5c139ad8a26d2fcdd7"`);
    await queryRunner.query(`DROP INDEX "IDX_49d5504196005e06ec4d4371c5"`);
    await queryRunner.query(`DROP TABLE "expo_applications"`);
    await queryRunner.query(`DROP INDEX "IDX_5d677196ef1089a868b924aad1"`);
    await queryRunner.query(`DROP TABLE "expo_announcements"`);
    await queryRunner.query(`DROP INDEX "IDX_fcba7389295c3a755dc63be109"`);
    await queryRunner.query(`DROP INDEX "IDX_fcc78c3b77f41ba957d1a15240"`);
    await queryRunner.query(`DROP TABLE "expo_categories"`);
  }
}
