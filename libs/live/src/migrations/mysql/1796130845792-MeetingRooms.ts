import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingRooms1796130845792 implements MigrationInterface {
  name = 'MeetingRooms1796130845792';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`live_sessions\` ADD \`kind\` varchar(16) NOT NULL DEFAULT 'broadcast'`);
    await queryRunner.query(`ALTER TABLE \`live_sessions\` ADD \`participantIds\` text NULL`);
    await queryRunner.query(`ALTER TABLE \`live_sessions\` ADD \`opensAt\` datetime(6) NULL`);
    await queryRunner.query(`ALTER TABLE \`live_sessions\` ADD \`closesAt\` datetime(6) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`live_sessions\` DROP COLUMN \`closesAt\``);
    await queryRunner.query(`ALTER TABLE \`live_sessions\` DROP COLUMN \`opensAt\``);
    await queryRunner.query(`ALTER TABLE \`live_sessions\` DROP COLUMN \`participantIds\``);
    await queryRunner.query(`ALTER TABLE \`live_sessions\` DROP COLUMN \`kind\``);
  }
}
