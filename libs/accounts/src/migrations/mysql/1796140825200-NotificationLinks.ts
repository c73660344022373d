import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationLinks1796140825200 implements MigrationInterface {
  name = 'NotificationLinks1796140825200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`notifications\` ADD \`link\` varchar(300) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`notifications\` DROP COLUMN \`link\``);
  }
}
