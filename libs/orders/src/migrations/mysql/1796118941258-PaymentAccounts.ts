import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentAccounts1796118941258 implements MigrationInterface {
  name = 'PaymentAccounts1796118941258';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`payment_accounts\` (\`id\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`accountName\` varchar(100) NOT NULL, \`bankName\` varchar(100) NOT NULL, \`accountNo\` varchar(40) NOT NULL, \`note\` varchar(200) NOT NULL DEFAULT '', \`updatedBy\` varchar(36) NOT NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_2766950dfb72611c47230d9838\` (\`enterpriseId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_2766950dfb72611c47230d9838\` ON \`payment_accounts\``);
    await queryRunner.query(`DROP TABLE \`payment_accounts\``);
  }
}
