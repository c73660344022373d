import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1796130225726 implements MigrationInterface {
  name = 'Matching1796130225726';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`matching_demands\` (\`id\` varchar(36) NOT NULL, \`buyerId\` varchar(36) NOT NULL, \`buyerName\` varchar(64) NOT NULL DEFAULT '', \`text\` varchar(2000) NOT NULL, \`categoryCode\` varchar(64) NULL, \`matchedCategory\` varchar(64) NULL, \`quantity\` int NOT NULL, \`unit\` varchar(16) NOT NULL, \`targetUnitPriceFen\` int NULL, \`deliveryProvince\` varchar(8) NOT NULL, \`deadline\` datetime(6) NOT NULL, \`certifications\` text NOT NULL, \`oem\` tinyint NOT NULL DEFAULT 0, \`sampleFirst\` tinyint NOT NULL DEFAULT 0, \`vatInvoice\` tinyint NOT NULL DEFAULT 0, \`prefersLocal\` tinyint NOT NULL DEFAULT 0, \`status\` varchar(16) NOT NULL DEFAULT 'open', \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, INDEX \`IDX_e8eeb54d548de6a9794cfe0a61\` (\`status\`), INDEX \`IDX_325b2a8e75e51e8b91425e1252\` (\`updatedAt\`), INDEX \`IDX_825967cd23046ab06630eadf8a\` (\`buyerId\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`matching_suppliers\` (\`id\` varchar(36) NOT NULL, \`sourceKey\` varchar(140) NOT NULL, \`source\` varchar(16) NOT NULL, \`enterpriseId\` varchar(36) NULL, \`importedBy\` varchar(36) NULL, \`name\` varchar(128) NOT NULL, \`province\` varchar(8) NULL, \`city\` varchar(32) NOT NULL DEFAULT '', \`mainCategories\` text NOT NULL, \`monthlyCapacity\` int NULL, \`oem\` tinyint NOT NULL DEFAULT 0, \`odm\` tinyint NOT NULL DEFAULT 0, \`vatSpecialInvoice\` tinyint NOT NULL DEFAULT 0, \`exportMarkets\` text NOT NULL, \`certifications\` text NOT NULL, \`activity\` double NOT NULL DEFAULT '0', \`responseRate\` double NULL, \`updatedAt\` datetime(6) NOT NULL, UNIQUE INDEX \`IDX_a9bbc1cad08206670cc06eaa2f\` (\`sourceKey\`), INDEX \`IDX_daaef0f9f4db517dbb1b5daf3a\` (\`enterpriseId\`), INDEX \`IDX_c04e72f06150774b651585d5c7\` (\`importedBy\`), INDEX \`IDX_d3c7dd348c56a173a03f89273d\` (\`updatedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`matching_suggestions\` (\`id\` varchar(36) NOT NULL, \`demandId\` varchar(36) NOT NULL, \`supplierId\` varchar(36) NOT NULL, \`rank\` int NULL, \`score\` double NOT NULL, \`hard\` int NOT NULL DEFAULT '0', \`soft\` int NOT NULL DEFAULT '0', \`reasons\` text NOT NULL, \`productIds\` text NOT NULL, \`engineVersion\` int NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'suggested', \`rfqId\` varchar(36) NULL, \`computedAt\` datetime(6) NOT NULL, INDEX \`IDX_010085ca7edd36eca05fb237a4\` (\`supplierId\`), UNIQUE INDEX \`IDX_6354b2c6a2db5371abb6d103cb\` (\`demandId\`, \`supplierId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`matching_products\` (\`id\` varchar(36) NOT NULL, \`supplierId\` varchar(36) NOT NULL, \`catalogProductId\` varchar(36) NULL, \`ref\` varchar(64) NOT NULL DEFAULT '', \`title\` varchar(200) NOT NULL, \`titleEn\` varchar(200) NOT NULL DEFAULT '', \`description\` varchar(4000) NOT NULL DEFAULT '', \`tags\` text NOT NULL, \`categoryCode\` varchar(64) NULL, \`moq\` int NOT NULL DEFAULT '1', \`priceFen\` int NULL, \`leadTimeDays\` int NULL, \`certifications\` text NOT NULL, \`samples\` tinyint NOT NULL DEFAULT 0, \`sortOrder\` int NOT NULL DEFAULT '0', INDEX \`IDX_600ee9dd54a25219348e38a7a9\` (\`supplierId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_600ee9dd54a25219348e38a7a9\` ON \`matching_products\``);
    await queryRunner.query(`DROP TABLE \`matching_products\``);
    await queryRunner.query(`DROP INDEX \`IDX_6354b2c6a2db5371abb6d103cb\` ON \`matching_suggestions\``);
    await queryRunner.query(`DROP INDEX \`IDX_010085ca7edd36eca05fb237a4\` ON \`matching_suggestions\``);
    await queryRunner.query(`DROP TABLE \`matching_suggestions\``);
    await queryRunner.query(`DROP INDEX \`IDX_d3c7dd348c56a173a03f89273d\` ON \`matching_suppliers\``);
    await queryRunner.query(`DROP INDEX \`IDX_c04e72f06150774b651585d5c7\` ON \`matching_suppliers\``);
    await queryRunner.query(`DROP INDEX \`IDX_daaef0f9f4db517dbb1b5daf3a\` ON \`matching_suppliers\``);
    await queryRunner.query(`DROP INDEX \`IDX_a9bbc1cad08206670cc06eaa2f\` ON \`matching_suppliers\``);
    await queryRunner.query(`DROP TABLE \`matching_suppliers\``);
    await queryRunner.query(`DROP INDEX \`IDX_825967cd23046ab06630eadf8a\` ON \`matching_demands\``);
    await queryRunner.query(`DROP INDEX \`IDX_325b2a8e75e51e8b91425e1252\` ON \`matching_demands\``);
    await queryRunner.query(`DROP INDEX \`IDX_e8eeb54d548de6a9794cfe0a61\` ON \`matching_demands\``);
    await queryRunner.query(`DROP TABLE \`matching_demands\``);
  }
}
