import { MigrationInterface, QueryRunner } from 'typeorm';

export class BoothProfiles1796128904242 implements MigrationInterface {
  name = 'BoothProfiles1796128904242';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`enterprise_categories\` (\`enterpriseId\` varchar(36) NOT NULL, \`code\` varchar(32) NOT NULL, INDEX \`IDX_7a323cd8a98b1d1b13bc72b9ca\` (\`code\`, \`enterpriseId\`), PRIMARY KEY (\`enterpriseId\`, \`code\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`enterprise_profiles\` (\`enterpriseId\` varchar(36) NOT NULL, \`province\` varchar(6) NOT NULL DEFAULT '', \`city\` varchar(32) NOT NULL DEFAULT '', \`categories\` text NOT NULL, \`monthlyCapacity\` int NULL, \`capacityUnit\` varchar(16) NOT NULL DEFAULT '', \`oem\` tinyint NOT NULL DEFAULT 0, \`odm\` tinyint NOT NULL DEFAULT 0, \`vatSpecialInvoice\` tinyint NOT NULL DEFAULT 0, \`exportMarkets\` text NOT NULL, \`certifications\` text NOT NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_0ed9a6acbbfa2136dec1aa4fae\` (\`province\`, \`city\`), PRIMARY KEY (\`enterpriseId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`booth_favourites\` (\`userId\` varchar(36) NOT NULL, \`boothId\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_6cde79c50d40fcdb0349684001\` (\`boothId\`, \`userId\`), PRIMARY KEY (\`userId\`, \`boothId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`booth_badges\` (\`boothId\` varchar(36) NOT NULL, \`badge\` varchar(32) NOT NULL, INDEX \`IDX_1505842f8c0540b69f26c1749f\` (\`badge\`, \`boothId\`), PRIMARY KEY (\`boothId\`, \`badge\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`booth_profiles\` (\`boothId\` varchar(36) NOT NULL, \`logoKey\` varchar(80) NULL, \`bannerKey\` varchar(80) NULL, \`introZh\` varchar(4000) NOT NULL DEFAULT '', \`introEn\` varchar(4000) NOT NULL DEFAULT '', \`videoUrl\` varchar(500) NOT NULL DEFAULT '', \`showcase\` text NOT NULL, \`certifications\` text NOT NULL, \`badges\` text NOT NULL, \`contacts\` text NOT NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (\`boothId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`follow_notices\` (\`sessionId\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_ebd059b90f8247430c374f8a98\` (\`userId\`, \`createdAt\`), PRIMARY KEY (\`sessionId\`, \`userId\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_ebd059b90f8247430c374f8a98\` ON \`follow_notices\``);
    await queryRunner.query(`DROP TABLE \`follow_notices\``);
    await queryRunner.query(`DROP TABLE \`booth_profiles\``);
    await queryRunner.query(`DROP INDEX \`IDX_1505842f8c0540b69f26c1749f\` ON \`booth_badges\``);
    await queryRunner.query(`DROP TABLE \`booth_badges\``);
    await queryRunner.query(`DROP INDEX \`IDX_6cde79c50d40fcdb0349684001\` ON \`booth_favourites\``);
    await queryRunner.query(`DROP TABLE \`booth_favourites\``);
    await queryRunner.query(`DROP INDEX \`IDX_0ed9a6acbbfa2136dec1aa4fae\` ON \`enterprise_profiles\``);
    await queryRunner.query(`DROP TABLE \`enterprise_profiles\``);
    await queryRunner.query(`DROP INDEX \`IDX_7a323cd8a98b1d1b13bc72b9ca\` ON \`enterprise_categories\``);
    await queryRunner.query(`DROP TABLE \`enterprise_categories\``);
  }
}
