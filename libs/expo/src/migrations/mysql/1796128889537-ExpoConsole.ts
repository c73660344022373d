import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExpoConsole1796128889537 implements MigrationInterface {
  name = 'ExpoConsole1796128889537';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`expo_categories\` (\`id\` varchar(36) NOT NULL, \`expoId\` varchar(36) NOT NULL, \`code\` varchar(32) NOT NULL, \`parentCode\` varchar(32) NULL, \`nameZh\` varchar(64) NOT NULL, \`nameEn\` varchar(64) NOT NULL DEFAULT '', \`ccc\` tinyint NOT NULL DEFAULT 0, \`sortOrder\` int NOT NULL DEFAULT '0', INDEX \`IDX_fcc78c3b77f41ba957d1a15240\` (\`expoId\`), UNIQUE INDEX \`IDX_fcba7389295c3a755dc63be109\` (\`expoId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`expo_announcements\` (\`id\` varchar(36) NOT NULL, \`expoId\` varchar(36) NOT NULL, \`title\` varchar(120) NOT NULL, \`titleEn\` varchar(120) NOT NULL DEFAULT '', \`body\` varchar(2000) NOT NULL DEFAULT '', \`bodyEn\` varchar(2000) NOT NULL DEFAULT '', \`createdBy\` varchar(36) NOT NULL, \`publishedAt\` datetime(6) NOT NULL, INDEX \`IDX_5d677196ef1089a868b924aad1\` (\`expoId\`, \`publishedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`expo_applications\` (\`id\` varchar(36) NOT NULL, \`expoId\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`applicantId\` varchar(36) NOT NULL, \`status\` varchar(16) NOT NULL, \`openKey\` varchar(8) NULL, \`message\` varchar(1000) NOT NULL DEFAULT '', \`reason\` varchar(500) NOT NULL DEFAULT '', \`decidedAt\` datetime(6) NULL, \`boothId\` varchar(36) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_49d5504196005e06ec4d4371c5\` (\`expoId\`), INDEX \`IDX_6c83558d5c139ad8a26d2fcdd7\` (\`enterpriseId\`), UNIQUE INDEX \`IDX_d11233fa286d47d1d57d863fda\` (\`expoId\`, \`enterpriseId\`, \`openKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`booth_slots\` (\`id\` varchar(36) NOT NULL, \`hallId\` varchar(36) NOT NULL, \`expoId\` varchar(36) NOT NULL, \`code\` varchar(16) NOT NULL, \`x\` int NOT NULL, \`y\` int NOT NULL, \`w\` int NOT NULL, \`h\` int NOT NULL, \`boothId\` varchar(36) NULL, INDEX \`IDX_5f583e8967cc80161a43bb9658\` (\`hallId\`), INDEX \`IDX_9a28e98d1c7ce2d32e06cab5c3\` (\`expoId\`), UNIQUE INDEX \`IDX_6e3f98932c8236de463a911c1c\` (\`boothId\`), UNIQUE INDEX \`IDX_66490f8998075f3e7351fdddd8\` (\`hallId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`expo_calendar_entries\` (\`id\` varchar(36) NOT NULL, \`expoId\` varchar(36) NOT NULL, \`hallId\` varchar(36) NOT NULL, \`boothId\` varchar(36) NOT NULL, \`sessionId\` varchar(36) NOT NULL, \`title\` varchar(120) NOT NULL, \`startsAt\` datetime(6) NOT NULL, \`endsAt\` datetime(6) NOT NULL, \`createdBy\` varchar(36) NOT NULL, INDEX \`IDX_9beeeedb85917a481929014f57\` (\`hallId\`), INDEX \`IDX_44d51fb894d74e793d9ed49e83\` (\`boothId\`), INDEX \`IDX_b5d998a2043f864280c393a3d9\` (\`expoId\`, \`startsAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`expos\` ADD \`nameEn\` varchar(128) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE \`expos\` ADD \`descriptionEn\` varchar(4000) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE \`expos\` ADD \`timeZone\` varchar(64) NOT NULL DEFAULT 'Asia/Shanghai'`);
    await queryRunner.query(`ALTER TABLE \`expos\` ADD \`coverImageKey\` varchar(128) NULL`);
    await queryRunner.query(`ALTER TABLE \`halls\` ADD \`nameEn\` varchar(128) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE \`halls\` ADD \`categoryCode\` varchar(32) NULL`);
    await queryRunner.query(`ALTER TABLE \`halls\` ADD \`gridCols\` int NOT NULL DEFAULT '12'`);
    await queryRunner.query(`ALTER TABLE \`halls\` ADD \`gridRows\` int NOT NULL DEFAULT '8'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`halls\` DROP COLUMN \`gridRows\``);
    await queryRunner.query(`ALTER TABLE \`halls\` DROP COLUMN \`gridCols\``);
    await queryRunner.query(`ALTER TABLE \`halls\` DROP COLUMN \`categoryCode\``);
    await queryRunner.query(`ALTER TABLE \`halls\` DROP COLUMN \`nameEn\``);
    await queryRunner.query(`ALTER TABLE \`expos\` DROP COLUMN \`coverImageKey\``);
    await queryRunner.query(`ALTER TABLE \`expos\` DROP COLUMN \`timeZone\``);
    await queryRunner.query(`ALTER TABLE \`expos\` DROP COLUMN \`descriptionEn\``);
    await queryRunner.query(`ALTER TABLE \`expos\` DROP COLUMN \`nameEn\``);
    await queryRunner.query(`DROP INDEX \`IDX_b5d998a2043f864280c393a3d9\` ON \`expo_calendar_entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_44d51fb894d74e793d9ed49e83\` ON \`expo_calendar_entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_9beeeedb85917a481929014f57\` ON \`expo_calendar_entries\``);
    await queryRunner.query(`DROP TABLE \`expo_calendar_entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_66490f8998075f3e7351fdddd8\` ON \`booth_slots\``);
    await queryRunner.query(`DROP INDEX \`IDX_6e3f98932c8236de463a911c1c\` ON \`booth_slots\``);
    await queryRunner.query(`DROP INDEX \`IDX_9a28e98d1c7ce2d32e06cab5c3\` ON \`booth_slots\``);
    await queryRunner.query(`DROP INDEX \`IDX_5f583e8967cc80161a43bb9658\` ON \`booth_slots\``);
    await queryRunner.query(`DROP TABLE \`booth_slots\``);
    await queryRunner.query(`DROP INDEX \`IDX_d11233fa286d47d1d57d863fda\` ON \`expo_applications\``);
    await queryRunner.query(`DROP INDEX \`IDX_6c83558d5c139ad8a26d2fcdd7\` ON \`expo_applications\``);
    await queryRunner.query(`DROP INDEX \`IDX_49d5504196005e06ec4d4371c5\` ON \`expo_applications\``);
    await queryRunner.query(`DROP TABLE \`expo_applications\``);
    await queryRunner.query(`DROP INDEX \`IDX_5d677196ef1089a868b924aad1\` ON \`expo_announcements\``);
    await queryRunner.query(`DROP TABLE \`expo_announcements\``);
    await queryRunner.query(`DROP INDEX \`IDX_fcba7389295c3a755dc63be109\` ON \`expo_categories\``);
    await queryRunner.query(`DROP INDEX \`IDX_fcc78c3b77f41ba957d1a15240\` ON \`expo_categories\``);
    await queryRunner.query(`DROP TABLE \`expo_categories\``);
  }
}
