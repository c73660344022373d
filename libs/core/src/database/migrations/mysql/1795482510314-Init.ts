import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795482510314 implements MigrationInterface {
  name = 'Init1795482510314';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`price_tiers\` (\`id\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`minQty\` int NOT NULL, \`unitPriceFen\` int NOT NULL, UNIQUE INDEX \`IDX_233d2b3e09e2036a20ec7a9b4e\` (\`productId\`, \`minQty\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`skus\` (\`id\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`skuCode\` varchar(64) NOT NULL, \`specs\` text NOT NULL, \`priceFen\` int NOT NULL, \`stock\` int NOT NULL DEFAULT '0', UNIQUE INDEX \`IDX_f00024ded1f88f7464d33ccf37\` (\`productId\`, \`skuCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`products\` (\`id\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`name\` varchar(200) NOT NULL, \`description\` varchar(4000) NOT NULL DEFAULT '', \`category\` varchar(64) NOT NULL DEFAULT '', \`unit\` varchar(16) NOT NULL DEFAULT '件', \`moq\` int NOT NULL DEFAULT '1', \`leadTimeDays\` int NOT NULL DEFAULT '7', \`sampleAvailable\` tinyint NOT NULL DEFAULT 0, \`samplePriceFen\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_662da7fbf63ea570fba90ba0c1\` (\`enterpriseId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`enterprises\` (\`id\` varchar(36) NOT NULL, \`name\` varchar(128) NOT NULL, \`city\` varchar(64) NOT NULL DEFAULT '', \`industry\` varchar(64) NOT NULL DEFAULT '', \`description\` varchar(2000) NOT NULL DEFAULT '', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`expos\` (\`id\` varchar(36) NOT NULL, \`slug\` varchar(64) NOT NULL, \`name\` varchar(128) NOT NULL, \`description\` varchar(4000) NOT NULL DEFAULT '', \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`startsAt\` datetime(6) NOT NULL, \`endsAt\` datetime(6) NOT NULL, \`organizerId\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_f6d92f2a32453b7468f5c23c3f\` (\`slug\`), INDEX \`IDX_da02ef0cee93366d3fc9b22d68\` (\`organizerId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`halls\` (\`id\` varchar(36) NOT NULL, \`expoId\` varchar(36) NOT NULL, \`name\` varchar(128) NOT NULL, \`industry\` varchar(64) NOT NULL DEFAULT '', \`sortOrder\` int NOT NULL DEFAULT '0', INDEX \`IDX_36ad91b36e9db4dd246be714e4\` (\`expoId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`booths\` (\`id\` varchar(36) NOT NULL, \`hallId\` varchar(36) NOT NULL, \`expoId\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`code\` varchar(16) NOT NULL, \`headline\` varchar(200) NOT NULL DEFAULT '', \`liveStatus\` varchar(16) NOT NULL DEFAULT 'offline', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_48ae1a39d4f2e247fd52abd159\` (\`expoId\`), INDEX \`IDX_ab1cff166cb88e1e2a47cf73b9\` (\`enterpriseId\`), UNIQUE INDEX \`IDX_ee6ec59da9d357e59ba38d3cf3\` (\`hallId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`users\` (\`id\` varchar(36) NOT NULL, \`email\` varchar(254) NOT NULL, \`passwordHash\` varchar(100) NOT NULL, \`displayName\` varchar(64) NOT NULL, \`role\` varchar(16) NOT NULL, \`enterpriseId\` varchar(36) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_97672ac88f789774dd47f7c8be\` (\`email\`), INDEX \`IDX_9f970e64feeab997299d939593\` (\`enterpriseId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`notifications\` (\`id\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`kind\` varchar(32) NOT NULL, \`title\` varchar(200) NOT NULL, \`body\` varchar(2000) NOT NULL, \`readAt\` datetime(6) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_692a909ee0fa9383e7859f9b40\` (\`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`price_tiers\` ADD CONSTRAINT \`FK_a48e5b46e3141420b75293dfe7f\` FOREIGN KEY (\`productId\`) REFERENCES \`products\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`skus\` ADD CONSTRAINT \`FK_7beba067c3aa6601fa17a0bda80\` FOREIGN KEY (\`productId\`) REFERENCES \`products\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`halls\` ADD CONSTRAINT \`FK_36ad91b36e9db4dd246be714e42\` FOREIGN KEY (\`expoId\`) REFERENCES \`expos\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`booths\` ADD CONSTRAINT \`FK_84830e9bb055072a9ca21625bc0\` FOREIGN KEY (\`hallId\`) REFERENCES \`halls\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`booths\` ADD CONSTRAINT \`FK_ab1cff166cb88e1e2a47cf73b98\` FOREIGN KEY (\`enterpriseId\`) REFERENCES \`enterprises\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`booths\` DROP FOREIGN KEY \`FK_ab1cff166cb88e1e2a47cf73b98\``);
    await queryRunner.query(`ALTER TABLE \`booths\` DROP FOREIGN KEY \`FK_84830e9bb055072a9ca21625bc0\``);
    await queryRunner.query(`ALTER TABLE \`halls\` DROP FOREIGN KEY \`FK_36ad91b36e9db4dd246be714e42\``);
    await queryRunner.query(`ALTER TABLE \`skus\` DROP FOREIGN KEY \`FK_7beba067c3aa6601fa17a0bda80\``);
    await queryRunner.query(`ALTER TABLE \`price_tiers\` DROP FOREIGN KEY \`FK_a48e5b46e3141420b75293dfe7f\``);
    await queryRunner.query(`DROP INDEX \`IDX_692a909ee0fa9383e7859f9b40\` ON \`notifications\``);
    await queryRunner.query(`DROP TABLE \`notifications\``);
    await queryRunner.query(`DROP INDEX \`IDX_9f970e64feeab997299d939593\` ON \`users\``);
    await queryRunner.query(`DROP INDEX \`IDX_97672ac88f789774dd47f7c8be\` ON \`users\``);
    await queryRunner.query(`DROP TABLE \`users\``);
    await queryRunner.query(`DROP INDEX \`IDX_ee6ec59da9d357e59ba38d3cf3\` ON \`booths\``);
    await queryRunner.query(`DROP INDEX \`IDX_ab1cff166cb88e1e2a47cf73b9\` ON \`booths\``);
    await queryRunner.query(`DROP INDEX \`IDX_48ae1a39d4f2e247fd52abd159\` ON \`booths\``);
    await queryRunner.query(`DROP TABLE \`booths\``);
    await queryRunner.query(`DROP INDEX \`IDX_36ad91b36e9db4dd246be714e4\` ON \`halls\``);
    await queryRunner.query(`DROP TABLE \`halls\``);
    await queryRunner.query(`DROP INDEX \`IDX_da02ef0cee93366d3fc9b22d68\` ON \`expos\``);
    await queryRunner.query(`DROP INDEX \`IDX_f6d92f2a32453b7468f5c23c3f\` ON \`expos\``);
    await queryRunner.query(`DROP TABLE \`expos\``);
    await queryRunner.query(`DROP TABLE \`enterprises\``);
    await queryRunner.query(`DROP INDEX \`IDX_662da7fbf63ea570fba90ba0c1\` ON \`products\``);
    await queryRunner.query(`DROP TABLE \`products\``);
    await queryRunner.query(`DROP INDEX \`IDX_f00024ded1f88f7464d33ccf37\` ON \`skus\``);
    await queryRunner.query(`DROP TABLE \`skus\``);
    await queryRunner.query(`DROP INDEX \`IDX_233d2b3e09e2036a20ec7a9b4e\` ON \`price_tiers\``);
    await queryRunner.query(`DROP TABLE \`price_tiers\``);
  }
}
