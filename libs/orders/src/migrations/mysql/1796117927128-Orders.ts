import { MigrationInterface, QueryRunner } from 'typeorm';

export class Orders1796117927128 implements MigrationInterface {
  name = 'Orders1796117927128';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`order_events\` (\`id\` varchar(36) NOT NULL, \`orderId\` varchar(36) NOT NULL, \`fromStatus\` varchar(16) NULL, \`toStatus\` varchar(16) NOT NULL, \`actor\` varchar(16) NOT NULL, \`actorId\` varchar(36) NULL, \`note\` varchar(500) NOT NULL DEFAULT '', \`at\` datetime(6) NOT NULL, INDEX \`IDX_7797d99560e0bee2373eaefd29\` (\`orderId\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`orders\` (\`id\` varchar(36) NOT NULL, \`orderNo\` varchar(24) NOT NULL, \`type\` varchar(16) NOT NULL, \`status\` varchar(16) NOT NULL, \`buyerId\` varchar(36) NOT NULL, \`buyerName\` varchar(64) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`boothId\` varchar(36) NULL, \`liveSessionId\` varchar(36) NULL, \`dealId\` varchar(36) NULL, \`quoteId\` varchar(36) NULL, \`productId\` varchar(36) NOT NULL, \`skuId\` varchar(36) NOT NULL, \`productName\` varchar(200) NOT NULL, \`skuCode\` varchar(64) NOT NULL, \`specs\` text NOT NULL, \`unit\` varchar(16) NOT NULL, \`quantity\` int NOT NULL, \`unitPriceFen\` int NOT NULL, \`totalFen\` bigint NOT NULL, \`idempotencyKey\` varchar(64) NOT NULL, \`requestHash\` varchar(64) NOT NULL, \`payBy\` datetime(6) NULL, \`paymentMethod\` varchar(32) NOT NULL DEFAULT 'bank_transfer', \`paymentRef\` varchar(100) NULL, \`carrier\` varchar(50) NULL, \`trackingNo\` varchar(64) NULL, \`cancelReason\` varchar(500) NULL, \`shipTo\` text NULL, \`invoice\` text NULL, \`note\` varchar(500) NOT NULL DEFAULT '', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_9e116d4adfd60229dc662a81b0\` (\`orderNo\`), INDEX \`IDX_997647381153925180c3bb85ed\` (\`status\`, \`payBy\`), INDEX \`IDX_8f4e92fbc802ef781b45e75cf7\` (\`dealId\`, \`buyerId\`), INDEX \`IDX_1599731080e7ce8506d74f63d8\` (\`buyerId\`, \`createdAt\`), INDEX \`IDX_fc1e8a261ce8ddfa1bebc1767a\` (\`enterpriseId\`, \`createdAt\`), UNIQUE INDEX \`IDX_1e3c8acfa4e106694709b85741\` (\`buyerId\`, \`idempotencyKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_1e3c8acfa4e106694709b85741\` ON \`orders\``);
    await queryRunner.query(`DROP INDEX \`IDX_fc1e8a261ce8ddfa1bebc1767a\` ON \`orders\``);
    await queryRunner.query(`DROP INDEX \`IDX_1599731080e7ce8506d74f63d8\` ON \`orders\``);
    await queryRunner.query(`DROP INDEX \`IDX_8f4e92fbc802ef781b45e75cf7\` ON \`orders\``);
    await queryRunner.query(`DROP INDEX \`IDX_997647381153925180c3bb85ed\` ON \`orders\``);
    await queryRunner.query(`DROP INDEX \`IDX_9e116d4adfd60229dc662a81b0\` ON \`orders\``);
    await queryRunner.query(`DROP TABLE \`orders\``);
    await queryRunner.query(`DROP INDEX \`IDX_7797d99560e0bee2373eaefd29\` ON \`order_events\``);
    await queryRunner.query(`DROP TABLE \`order_events\``);
  }
}
