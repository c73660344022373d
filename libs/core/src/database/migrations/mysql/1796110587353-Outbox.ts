import { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1796110587353 implements MigrationInterface {
  name = 'Outbox1796110587353';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`outbox\` (\`id\` varchar(36) NOT NULL, \`jobName\` varchar(100) NOT NULL, \`payload\` text NOT NULL, \`jobId\` varchar(200) NOT NULL, \`delayMs\` int NULL, \`createdAt\` datetime(6) NOT NULL, INDEX \`IDX_13c48977782395de009ddca652\` (\`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_13c48977782395de009ddca652\` ON \`outbox\``);
    await queryRunner.query(`DROP TABLE \`outbox\``);
  }
}
