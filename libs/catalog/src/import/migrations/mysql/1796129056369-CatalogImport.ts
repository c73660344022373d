import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogImport1796129056369 implements MigrationInterface {
  name = 'CatalogImport1796129056369';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`catalog_imports\` (\`id\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`fileName\` varchar(200) NOT NULL, \`format\` varchar(8) NOT NULL, \`fileKey\` varchar(120) NOT NULL, \`bytes\` int NOT NULL, \`headerRow\` int NOT NULL, \`headers\` text NOT NULL, \`sample\` text NOT NULL, \`mapping\` text NULL, \`mode\` varchar(16) NULL, \`status\` varchar(16) NOT NULL, \`cancelRequested\` tinyint NOT NULL DEFAULT 0, \`totalRows\` int NOT NULL DEFAULT '0', \`processedRows\` int NOT NULL DEFAULT '0', \`created\` int NOT NULL DEFAULT '0', \`updated\` int NOT NULL DEFAULT '0', \`bad\` int NOT NULL DEFAULT '0', \`badRowsKey\` varchar(120) NULL, \`failure\` varchar(64) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`finishedAt\` datetime(6) NULL, INDEX \`IDX_e8c26145d099ebf1ce55270662\` (\`enterpriseId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`catalog_import_settings\` (\`enterpriseId\` varchar(36) NOT NULL, \`mappingByHeader\` text NOT NULL, \`usdCnyRate4\` int NOT NULL, \`vatBp\` int NOT NULL, \`exportRefundBp\` int NOT NULL, \`wholesaleMarginBp\` int NOT NULL, \`retailMarginBp\` int NOT NULL, \`producerName\` varchar(128) NOT NULL DEFAULT '', \`producerAddress\` varchar(256) NOT NULL DEFAULT '', \`updatedAt\` datetime(6) NOT NULL, PRIMARY KEY (\`enterpriseId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`catalog_import_items\` (\`id\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`itemNo\` varchar(64) NOT NULL, \`productId\` varchar(36) NOT NULL, \`importId\` varchar(36) NOT NULL, \`hsCode\` varchar(10) NOT NULL DEFAULT '', \`fobUsdCents\` int NULL, \`cartonSize\` varchar(120) NOT NULL DEFAULT '', \`certifications\` text NOT NULL, \`categorySource\` varchar(16) NOT NULL DEFAULT 'none', \`category\` varchar(64) NOT NULL DEFAULT '', \`wholesaleFen\` int NULL, \`retailFen\` int NULL, \`pricesEdited\` tinyint NOT NULL DEFAULT 0, \`ccc\` varchar(16) NOT NULL DEFAULT 'not-listed', \`labelsConfirmed\` text NOT NULL, \`acceptedAt\` datetime(6) NULL, \`updatedAt\` datetime(6) NOT NULL, INDEX \`IDX_192b902a2c97a3d2e7b6a1eab0\` (\`productId\`), UNIQUE INDEX \`IDX_77ed4128b69a8b90296dc28b6c\` (\`enterpriseId\`, \`itemNo\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_77ed4128b69a8b90296dc28b6c\` ON \`catalog_import_items\``);
    await queryRunner.query(`DROP INDEX \`IDX_192b902a2c97a3d2e7b6a1eab0\` ON \`catalog_import_items\``);
    await queryRunner.query(`DROP TABLE \`catalog_import_items\``);
    await queryRunner.query(`DROP TABLE \`catalog_import_settings\``);
    await queryRunner.query(`DROP INDEX \`IDX_e8c26145d099ebf1ce55270662\` ON \`catalog_imports\``);
    await queryRunner.query(`DROP TABLE \`catalog_imports\``);
  }
}
