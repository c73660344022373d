import { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1796131390981 implements MigrationInterface {
  name = 'Meetings1796131390981';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "buyerId" varchar(36) NOT NULL, "buyerName" varchar(64) NOT NULL, "enterpriseId" varchar(36) NOT NULL, "enterpriseName" varchar(128) NOT NULL, "topic" varchar(200) NOT NULL, "message" varchar(1000) NOT NULL DEFAULT (''), "demandId" varchar(64), "context" varchar(200), "slots" text NOT NULL, "acceptedStartsAt" datetime(6), "acceptedEndsAt" datetime(6), "acceptedBy" varchar(36), "participantIds" text, "roomSessionId" varchar(36), "roomOpensAt" datetime(6), "roomClosesAt" datetime(6), "declineReason" varchar(200), "cancelledBy" varchar(16), "cancelReason" varchar(200), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a04f69eb8f62e40638a90558e1" ON "meetings" ("status", "acceptedStartsAt") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_6c201655e1e178c7a721210b19" ON "meetings" ("enterpriseId", "status", "createdAt") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6d2d3be5b477b56edcf57b5f18" ON "meetings" ("buyerId", "enterpriseId", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_200aee5ba1cd45d6562eb724cf" ON "meetings" ("buyerId", "createdAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_200aee5ba1cd45d6562eb724cf"`);
    await queryRunner.query(`DROP INDEX "IDX_6d2d3be5b477b56edcf57b5f18"`);
    await queryRunner.query(`DROP INDEX "IDX_6c201655e1e178c7a721210b19"`);
    await queryRunner.query(`DROP INDEX "IDX_a04f69eb8f62e40638a90558e1"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
