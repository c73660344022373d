import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingDemandIndex1796142411178 implements MigrationInterface {
  name = 'MeetingDemandIndex1796142411178';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`IDX_53a2f81f45fb4dd3356f0cd780\` ON \`meetings\` (\`demandId\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_53a2f81f45fb4dd3356f0cd780\` ON \`meetings\``);
  }
}
