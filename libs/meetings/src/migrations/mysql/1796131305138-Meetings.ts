import { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1796131305138 implements MigrationInterface {
  name = 'Meetings1796131305138';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`meetings\` (\`id\` varchar(36) NOT NULL, \`status\` varchar(16) NOT NULL, \`buyerId\` varchar(36) NOT NULL, \`buyerName\` varchar(64) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`enterpriseName\` varchar(128) NOT NULL, \`topic\` varchar(200) NOT NULL, \`message\` varchar(1000) NOT NULL DEFAULT '', \`demandId\` varchar(64) NULL, \`context\` varchar(200) NULL, \`slots\` text NOT NULL, \`acceptedStartsAt\` datetime(6) NULL, \`acceptedEndsAt\` datetime(6) NULL, \`acceptedBy\` varchar(36) NULL, \`participantIds\` text NULL, \`roomSessionId\` varchar(36) NULL, \`roomOpensAt\` datetime(6) NULL, \`roomClosesAt\` datetime(6) NULL, \`declineReason\` varchar(200) NULL, \`cancelledBy\` varchar(16) NULL, \`cancelReason\` varchar(200) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL, INDEX \`IDX_a04f69eb8f62e40638a90558e1\` (\`status\`, \`acceptedStartsAt\`), INDEX \`IDX_6c201655e1e178c7a721210b19\` (\`enterpriseId\`, \`status\`, \`createdAt\`), INDEX \`IDX_6d2d3be5b477b56edcf57b5f18\` (\`buyerId\`, \`enterpriseId\`, \`status\`), INDEX \`IDX_200aee5ba1cd45d6562eb724cf\` (\`buyerId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_200aee5ba1cd45d6562eb724cf\` ON \`meetings\``);
    await queryRunner.query(`DROP INDEX \`IDX_6d2d3be5b477b56edcf57b5f18\` ON \`meetings\``);
    await queryRunner.query(`DROP INDEX \`IDX_6c201655e1e178c7a721210b19\` ON \`meetings\``);
    await queryRunner.query(`DROP INDEX \`IDX_a04f69eb8f62e40638a90558e1\` ON \`meetings\``);
    await queryRunner.query(`DROP TABLE \`meetings\``);
  }
}
