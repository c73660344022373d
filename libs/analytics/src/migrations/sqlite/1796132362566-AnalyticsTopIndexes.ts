import { MigrationInterface, QueryRunner } from 'typeorm';

export class AnalyticsTopIndexes1796132362566 implements MigrationInterface {
  name = 'AnalyticsTopIndexes1796132362566';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_729756e37832109fc06ce3985a" ON "analytics_routes" ("expoId", "toKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d43c63a7930caa779510cb249" ON "analytics_routes" ("expoId", "count") `);
    await queryRunner.query(`CREATE INDEX "IDX_c5bdd2d3233a8f2d17385461d8" ON "analytics_paths" ("expoId", "count") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c5bdd2d3233a8f2d17385461d8"`);
    await queryRunner.query(`DROP INDEX "IDX_4d43c63a7930caa779510cb249"`);
    await queryRunner.query(`DROP INDEX "IDX_729756e37832109fc06ce3985a"`);
  }
}
