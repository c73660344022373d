import { MigrationInterface, QueryRunner } from 'typeorm';

/** Card exchanges record who started them: the buyer (a request) or a booth's staff (an offer). */
export class CardOffers1796140000000 implements MigrationInterface {
  name = 'CardOffers1796140000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`card_exchanges\` ADD \`initiatedBy\` varchar(16) NOT NULL DEFAULT 'buyer'`);
    await queryRunner.query(
      `CREATE INDEX \`IDX_card_exchanges_offers\` ON \`card_exchanges\` (\`staffId\`, \`initiatedBy\`, \`createdAt\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_card_exchanges_offers\` ON \`card_exchanges\``);
    await queryRunner.query(`ALTER TABLE \`card_exchanges\` DROP COLUMN \`initiatedBy\``);
  }
}
