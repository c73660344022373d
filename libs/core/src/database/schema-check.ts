import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { schemaTable } from './schema-registry';

/**
 * Refuses to start with an entity that no context declared with `defineSchema`: its
 * table would have no owner and no migration the migrations test could check.
 */
@Injectable()
export class SchemaCheck implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const undeclared = this.dataSource.entityMetadatas
      .filter((m) => typeof m.target === 'function' && schemaTable.ownerOf(m.target as new () => object) === undefined)
      .map((m) => `${m.name} (table ${m.tableName})`);
    if (undeclared.length) {
      throw new Error(`Entities no context declares (defineSchema in its <context>-schema.ts): ${undeclared.join(', ')}`);
    }
  }
}
