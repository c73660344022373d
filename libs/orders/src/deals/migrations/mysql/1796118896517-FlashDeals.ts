import { MigrationInterface, QueryRunner } from 'typeorm';

export class FlashDeals1796118896517 implements MigrationInterface {
  name = 'FlashDeals1796118896517';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`flash_deals\` (\`id\` varchar(36) NOT NULL, \`sessionId\` varchar(36) NOT NULL, \`boothId\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`skuId\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`productName\` varchar(200) NOT NULL, \`skuCode\` varchar(64) NOT NULL, \`specs\` text NOT NULL, \`unit\` varchar(16) NOT NULL, \`retailPriceFen\` int NOT NULL, \`priceFen\` int NOT NULL, \`quantity\` int NOT NULL, \`sold\` int NOT NULL DEFAULT '0', \`perBuyerLimit\` int NOT NULL, \`startsAt\` datetime(6) NOT NULL, \`endsAt\` datetime(6) NOT NULL, \`status\` varchar(16) NOT NULL, \`endReason\` varchar(16) NULL, \`endedAt\` datetime(6) NULL, \`returnedToSku\` int NOT NULL DEFAULT '0', \`activeSlot\` int NULL, \`createdBy\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_45b5fce90fa07a68da18cb9073\` (\`sessionId\`, \`activeSlot\`), INDEX \`IDX_006056fb5ccc05f2af1a059b59\` (\`status\`, \`endsAt\`), INDEX \`IDX_ebd205dc45deecb095eaf2efcb\` (\`sessionId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_ebd205dc45deecb095eaf2efcb\` ON \`flash_deals\``);
    await queryRunner.query(`DROP INDEX \`IDX_006056fb5ccc05f2af1a059b59\` ON \`flash_deals\``);
    await queryRunner.query(`DROP INDEX \`IDX_45b5fce90fa07a68da18cb9073\` ON \`flash_deals\``);
    await queryRunner.query(`DROP TABLE \`flash_deals\``);
  }
}
