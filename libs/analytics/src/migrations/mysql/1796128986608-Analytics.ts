import { MigrationInterface, QueryRunner } from 'typeorm';

export class Analytics1796128986608 implements MigrationInterface {
  name = 'Analytics1796128986608';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`analytics_events\` (\`seq\` int NOT NULL AUTO_INCREMENT, \`id\` varchar(36) NOT NULL, \`type\` varchar(16) NOT NULL, \`visitorId\` varchar(36) NOT NULL, \`userId\` varchar(36) NULL, \`expoId\` varchar(36) NOT NULL, \`hallId\` varchar(36) NULL, \`boothId\` varchar(36) NULL, \`enterpriseId\` varchar(36) NULL, \`visitId\` varchar(36) NULL, \`refId\` varchar(36) NULL, \`watching\` tinyint NOT NULL DEFAULT 0, \`valueFen\` bigint NOT NULL DEFAULT '0', \`occurredAt\` datetime(6) NOT NULL, \`receivedAt\` datetime(6) NOT NULL, UNIQUE INDEX \`IDX_5d643d67a09b55653e98616f42\` (\`id\`), INDEX \`IDX_1eb50ab1521fa94898f1e495ba\` (\`userId\`, \`boothId\`), PRIMARY KEY (\`seq\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_booth_stats\` (\`boothId\` varchar(36) NOT NULL, \`expoId\` varchar(36) NOT NULL, \`hallId\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`visits\` int NOT NULL DEFAULT '0', \`engaged\` int NOT NULL DEFAULT '0', \`dwellSeconds\` bigint NOT NULL DEFAULT '0', \`watchSeconds\` bigint NOT NULL DEFAULT '0', \`watchStarts\` int NOT NULL DEFAULT '0', \`productViews\` int NOT NULL DEFAULT '0', \`inquiries\` int NOT NULL DEFAULT '0', \`orders\` int NOT NULL DEFAULT '0', \`orderValueFen\` bigint NOT NULL DEFAULT '0', \`peakConcurrent\` int NOT NULL DEFAULT '0', INDEX \`IDX_7a0f21a8fdc983a60926fdaf67\` (\`expoId\`), PRIMARY KEY (\`boothId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_booth_hours\` (\`boothId\` varchar(36) NOT NULL, \`hour\` int NOT NULL, \`expoId\` varchar(36) NOT NULL, \`hallId\` varchar(36) NOT NULL, \`visits\` int NOT NULL DEFAULT '0', \`engaged\` int NOT NULL DEFAULT '0', \`dwellSeconds\` bigint NOT NULL DEFAULT '0', \`watchSeconds\` bigint NOT NULL DEFAULT '0', \`inquiries\` int NOT NULL DEFAULT '0', \`orders\` int NOT NULL DEFAULT '0', \`orderValueFen\` bigint NOT NULL DEFAULT '0', INDEX \`IDX_35df356c90d435c2488b557e32\` (\`expoId\`, \`hour\`), PRIMARY KEY (\`boothId\`, \`hour\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_dwell\` (\`boothId\` varchar(36) NOT NULL, \`seconds\` int NOT NULL, \`visits\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`boothId\`, \`seconds\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_booth_minutes\` (\`boothId\` varchar(36) NOT NULL, \`minute\` int NOT NULL, \`visitors\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`boothId\`, \`minute\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_scope_visitors\` (\`scope\` varchar(40) NOT NULL, \`visitorId\` varchar(36) NOT NULL, \`visits\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`scope\`, \`visitorId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_scope_stats\` (\`scope\` varchar(40) NOT NULL, \`uniqueVisitors\` int NOT NULL DEFAULT '0', \`repeatVisitors\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`scope\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_routes\` (\`expoId\` varchar(36) NOT NULL, \`fromKey\` varchar(48) NOT NULL, \`toKey\` varchar(48) NOT NULL, \`count\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`expoId\`, \`fromKey\`, \`toKey\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_paths\` (\`expoId\` varchar(36) NOT NULL, \`path\` varchar(150) NOT NULL, \`count\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`expoId\`, \`path\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_visits\` (\`visitId\` varchar(36) NOT NULL, \`boothId\` varchar(36) NOT NULL, \`hallId\` varchar(36) NOT NULL, \`expoId\` varchar(36) NOT NULL, \`enterpriseId\` varchar(36) NOT NULL, \`visitorId\` varchar(36) NOT NULL, \`userId\` varchar(36) NULL, \`startedAt\` datetime(6) NOT NULL, \`lastSeenAt\` datetime(6) NOT NULL, \`productViews\` int NOT NULL DEFAULT '0', \`watchSeconds\` int NOT NULL DEFAULT '0', \`watchStarts\` int NOT NULL DEFAULT '0', INDEX \`IDX_8c3fb8450b8e580deba341a334\` (\`boothId\`, \`startedAt\`), INDEX \`IDX_26b6a36d36cf5a66ebd2c22b8d\` (\`userId\`, \`boothId\`), PRIMARY KEY (\`visitId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_trails\` (\`expoId\` varchar(36) NOT NULL, \`visitorId\` varchar(36) NOT NULL, \`last\` varchar(48) NOT NULL, \`previous\` varchar(48) NULL, PRIMARY KEY (\`expoId\`, \`visitorId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`analytics_cursors\` (\`name\` varchar(32) NOT NULL, \`seq\` int NOT NULL, \`updatedAt\` datetime(6) NULL, PRIMARY KEY (\`name\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`analytics_cursors\``);
    await queryRunner.query(`DROP TABLE \`analytics_trails\``);
    await queryRunner.query(`DROP INDEX \`IDX_26b6a36d36cf5a66ebd2c22b8d\` ON \`analytics_visits\``);
    await queryRunner.query(`DROP INDEX \`IDX_8c3fb8450b8e580deba341a334\` ON \`analytics_visits\``);
    await queryRunner.query(`DROP TABLE \`analytics_visits\``);
    await queryRunner.query(`DROP TABLE \`analytics_paths\``);
    await queryRunner.query(`DROP TABLE \`analytics_routes\``);
    await queryRunner.query(`DROP TABLE \`analytics_scope_stats\``);
    await queryRunner.query(`DROP TABLE \`analytics_scope_visitors\``);
    await queryRunner.query(`DROP TABLE \`analytics_booth_minutes\``);
    await queryRunner.query(`DROP TABLE \`analytics_dwell\``);
    await queryRunner.query(`DROP INDEX \`IDX_35df356c90d435c2488b557e32\` ON \`analytics_booth_hours\``);
    await queryRunner.query(`DROP TABLE \`analytics_booth_hours\``);
    await queryRunner.query(`DROP INDEX \`IDX_7a0f21a8fdc983a60926fdaf67\` ON \`analytics_booth_stats\``);
    await queryRunner.query(`DROP TABLE \`analytics_booth_stats\``);
    await queryRunner.query(`DROP INDEX \`IDX_1eb50ab1521fa94898f1e495ba\` ON \`analytics_events\``);
    await queryRunner.query(`DROP INDEX \`IDX_5d643d67a09b55653e98616f42\` ON \`analytics_events\``);
    await queryRunner.query(`DROP TABLE \`analytics_events\``);
  }
}
