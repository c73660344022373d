import { MigrationInterface, QueryRunner } from 'typeorm';

export class Quotations1796119293289 implements MigrationInterface {
  name = 'Quotations1796119293289';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`quotes\` (\`id\` varchar(36) NOT NULL, \`rfqId\` varchar(36) NOT NULL, \`status\` varchar(16) NOT NULL, \`skuId\` varchar(36) NOT NULL, \`skuCode\` varchar(64) NOT NULL, \`specs\` text NOT NULL, \`unitPriceFen\` int NOT NULL, \`quantity\` int NOT NULL, \`validUntil\` datetime(6) NOT NULL, \`paymentTerms\` varchar(500) NOT NULL DEFAULT '', \`deliveryTerms\` varchar(500) NOT NULL DEFAULT '', \`packaging\` varchar(500) NOT NULL DEFAULT '', \`leadTimeDays\` int NULL, \`remarks\` varchar(1000) NOT NULL DEFAULT '', \`authorId\` varchar(36) NOT NULL, \`authorName\` varchar(64) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`decidedAt\` datetime(6) NULL, \`declineReason\` varchar(500) NULL, \`orderId\` varchar(36) NULL, INDEX \`IDX_ba7fe5415bb4a817d8c4b4f38f\` (\`status\`, \`validUntil\`), INDEX \`IDX_4f014a80bae2f4fd5d018ea0b8\` (\`rfqId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`rfqs\` (\`id\` varchar(36) NOT NULL, \`status\` varchar(16) NOT NULL, \`buyerId\` varchar(36) NOT NULL, \`buyerName\` varchar(64) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`enterpriseName\` varchar(128) NOT NULL, \`boothId\` varchar(36) NULL, \`productId\` varchar(36) NOT NULL, \`productName\` varchar(200) NOT NULL, \`unit\` varchar(16) NOT NULL, \`skuId\` varchar(36) NULL, \`skuCode\` varchar(64) NULL, \`specs\` text NULL, \`quantity\` int NOT NULL, \`targetUnitPriceFen\` int NULL, \`deadline\` datetime(6) NOT NULL, \`deliveryProvince\` varchar(16) NOT NULL, \`requirements\` varchar(2000) NOT NULL DEFAULT '', \`message\` varchar(2000) NOT NULL DEFAULT '', \`latestQuoteId\` varchar(36) NULL, \`offerValidUntil\` datetime(6) NULL, \`orderId\` varchar(36) NULL, \`orderNo\` varchar(24) NULL, \`messageCount\` int NOT NULL DEFAULT '0', \`quoteCount\` int NOT NULL DEFAULT '0', \`closedBy\` varchar(16) NULL, \`closeReason\` varchar(500) NULL, \`closedAt\` datetime(6) NULL, \`createdAt\` datetime(6) NOT NULL, \`lastActivityAt\` datetime(6) NOT NULL, INDEX \`IDX_888993be77a311fe76ab4e921c\` (\`status\`, \`offerValidUntil\`), INDEX \`IDX_d65db263043e0b18ed0691fae3\` (\`status\`, \`deadline\`), INDEX \`IDX_8186931fae66183e678f10ebe7\` (\`buyerId\`, \`createdAt\`), INDEX \`IDX_2fee5dd287fd55653096ecb551\` (\`enterpriseId\`, \`lastActivityAt\`), INDEX \`IDX_c887dee55179ec0bcbfe995d2b\` (\`buyerId\`, \`lastActivityAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`rfq_messages\` (\`id\` varchar(36) NOT NULL, \`rfqId\` varchar(36) NOT NULL, \`side\` varchar(16) NOT NULL, \`authorId\` varchar(36) NOT NULL, \`authorName\` varchar(64) NOT NULL, \`body\` varchar(2000) NOT NULL, \`createdAt\` datetime(6) NOT NULL, INDEX \`IDX_cf234afd79327ef153ab03d221\` (\`rfqId\`, \`authorId\`, \`createdAt\`), INDEX \`IDX_5e15c3ef60ba6c9d6a83f80978\` (\`rfqId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`rfq_buyer_locks\` (\`buyerId\` varchar(36) NOT NULL, \`lockedAt\` datetime(6) NOT NULL, PRIMARY KEY (\`buyerId\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`rfq_buyer_locks\``);
    await queryRunner.query(`DROP INDEX \`IDX_5e15c3ef60ba6c9d6a83f80978\` ON \`rfq_messages\``);
    await queryRunner.query(`DROP INDEX \`IDX_cf234afd79327ef153ab03d221\` ON \`rfq_messages\``);
    await queryRunner.query(`DROP TABLE \`rfq_messages\``);
    await queryRunner.query(`DROP INDEX \`IDX_c887dee55179ec0bcbfe995d2b\` ON \`rfqs\``);
    await queryRunner.query(`DROP INDEX \`IDX_2fee5dd287fd55653096ecb551\` ON \`rfqs\``);
    await queryRunner.query(`DROP INDEX \`IDX_8186931fae66183e678f10ebe7\` ON \`rfqs\``);
    await queryRunner.query(`DROP INDEX \`IDX_d65db263043e0b18ed0691fae3\` ON \`rfqs\``);
    await queryRunner.query(`DROP INDEX \`IDX_888993be77a311fe76ab4e921c\` ON \`rfqs\``);
    await queryRunner.query(`DROP TABLE \`rfqs\``);
    await queryRunner.query(`DROP INDEX \`IDX_4f014a80bae2f4fd5d018ea0b8\` ON \`quotes\``);
    await queryRunner.query(`DROP INDEX \`IDX_ba7fe5415bb4a817d8c4b4f38f\` ON \`quotes\``);
    await queryRunner.query(`DROP TABLE \`quotes\``);
  }
}
