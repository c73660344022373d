import { MigrationInterface, QueryRunner } from 'typeorm';
import { carryOverRelease1, restoreRelease1 } from '../release1-carry-over';

const q = (name: string) => `\`${name}\``;

/**
 * Catalog v2: bilingual products with specifications, certifications, images and a status;
 * trade terms (MOQ, lead time, sample price, tiers) per SKU; removed SKUs kept; uploaded images.
 * Generated from the entity diff, then ordered by hand so release-1 rows carry over.
 */
export class CatalogProducts1796118062969 implements MigrationInterface {
  name = 'CatalogProducts1796118062969';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`catalog_images\` (\`id\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`key\` varchar(80) NOT NULL, \`contentType\` varchar(16) NOT NULL, \`bytes\` int NOT NULL, \`width\` int NOT NULL, \`height\` int NOT NULL, \`uploadedBy\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_a347f048703e81b0b790ee4bd2\` (\`key\`), UNIQUE INDEX \`IDX_4983b257873cff8890e2f3d2d8\` (\`enterpriseId\`, \`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`skus\` ADD \`moq\` int NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE \`skus\` ADD \`samplePriceFen\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`skus\` ADD \`leadTimeDays\` int NOT NULL DEFAULT '7'`);
    await queryRunner.query(`ALTER TABLE \`skus\` ADD \`tiers\` text NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`skus\` ADD \`sortOrder\` int NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE \`skus\` ADD \`removedAt\` datetime(6) NULL`);
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`nameEn\` varchar(200) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`descriptionEn\` varchar(4000) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`specifications\` text NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`certifications\` text NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`images\` text NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`status\` varchar(16) NOT NULL DEFAULT 'draft'`);
    await queryRunner.query(
      `ALTER TABLE \`products\` ADD \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)`,
    );
    await queryRunner.query(`CREATE INDEX \`IDX_e0ba68d99a92a8b56ff9127799\` ON \`products\` (\`enterpriseId\`, \`status\`)`);
    await carryOverRelease1(queryRunner, q, { markProducts: true });
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`moq\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`leadTimeDays\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`sampleAvailable\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`samplePriceFen\``);
    await queryRunner.query(`ALTER TABLE \`price_tiers\` DROP FOREIGN KEY \`FK_a48e5b46e3141420b75293dfe7f\``);
    await queryRunner.query(`DROP INDEX \`IDX_233d2b3e09e2036a20ec7a9b4e\` ON \`price_tiers\``);
    await queryRunner.query(`DROP TABLE \`price_tiers\``);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`price_tiers\` (\`id\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`minQty\` int NOT NULL, \`unitPriceFen\` int NOT NULL, UNIQUE INDEX \`IDX_233d2b3e09e2036a20ec7a9b4e\` (\`productId\`, \`minQty\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`price_tiers\` ADD CONSTRAINT \`FK_a48e5b46e3141420b75293dfe7f\` FOREIGN KEY (\`productId\`) REFERENCES \`products\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`samplePriceFen\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`sampleAvailable\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`leadTimeDays\` int NOT NULL DEFAULT 7`);
    await queryRunner.query(`ALTER TABLE \`products\` ADD \`moq\` int NOT NULL DEFAULT 1`);
    await restoreRelease1(queryRunner, q);
    await queryRunner.query(`DROP INDEX \`IDX_e0ba68d99a92a8b56ff9127799\` ON \`products\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`updatedAt\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`status\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`images\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`certifications\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`specifications\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`descriptionEn\``);
    await queryRunner.query(`ALTER TABLE \`products\` DROP COLUMN \`nameEn\``);
    await queryRunner.query(`ALTER TABLE \`skus\` DROP COLUMN \`removedAt\``);
    await queryRunner.query(`ALTER TABLE \`skus\` DROP COLUMN \`sortOrder\``);
    await queryRunner.query(`ALTER TABLE \`skus\` DROP COLUMN \`tiers\``);
    await queryRunner.query(`ALTER TABLE \`skus\` DROP COLUMN \`leadTimeDays\``);
    await queryRunner.query(`ALTER TABLE \`skus\` DROP COLUMN \`samplePriceFen\``);
    await queryRunner.query(`ALTER TABLE \`skus\` DROP COLUMN \`moq\``);
    await queryRunner.query(`DROP INDEX \`IDX_4983b257873cff8890e2f3d2d8\` ON \`catalog_images\``);
    await queryRunner.query(`DROP INDEX \`IDX_a347f048703e81b0b790ee4bd2\` ON \`catalog_images\``);
    await queryRunner.query(`DROP TABLE \`catalog_images\``);
  }
}
