import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationLinks1796140903600 implements MigrationInterface {
  name = 'NotificationLinks1796140903600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_692a909ee0fa9383e7859f9b40"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_notifications" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(200) NOT NULL, "body" varchar(2000) NOT NULL, "readAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "link" varchar(300))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_notifications"("id", "userId", "kind", "title", "body", "readAt", "createdAt") SELECT "id", "userId", "kind", "title", "body", "readAt", "createdAt" FROM "notifications"`,
    );
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`ALTER TABLE "temporary_notifications" RENAME TO "notifications"`);
    await queryRunner.query(`CREATE INDEX "IDX_692a909ee0fa9383e7859f9b40" ON "notifications" ("userId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_692a909ee0fa9383e7859f9b40"`);
    await queryRunner.query(`ALTER TABLE "notifications" RENAME TO "temporary_notifications"`);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(200) NOT NULL, "body" varchar(2000) NOT NULL, "readAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "notifications"("id", "userId", "kind", "title", "body", "readAt", "createdAt") SELECT "id", "userId", "kind", "title", "body", "readAt", "createdAt" FROM "temporary_notifications"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_notifications"`);
    await queryRunner.query(`CREATE INDEX "IDX_692a909ee0fa9383e7859f9b40" ON "notifications" ("userId") `);
  }
}
