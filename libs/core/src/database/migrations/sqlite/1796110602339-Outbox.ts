import { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1796110602339 implements MigrationInterface {
  name = 'Outbox1796110602339';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" varchar(36) PRIMARY KEY NOT NULL, "jobName" varchar(100) NOT NULL, "payload" text NOT NULL, "jobId" varchar(200) NOT NULL, "delayMs" integer, "createdAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_13c48977782395de009ddca652" ON "outbox" ("createdAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_13c48977782395de009ddca652"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
  }
}
