import type { MigrationInterface } from 'typeorm';

/**
 * Where each context's tables come from. A context declares its entities and its
 * migrations for both engines in its lib, in one file:
 *
 *   export const liveEntities = [LiveSession, ChatMessage, ChatBan];
 *   defineSchema('live', {
 *     entities: liveEntities,
 *     migrations: { mysql: [LiveSessions1795483399476], sqlite: [LiveSessions1795483406956] },
 *   });
 *
 * and its module uses the same list: `TypeOrmModule.forFeature(liveEntities)`. The data
 * source runs every loaded context's migrations in timestamp order; a start-up check
 * (SchemaCheck) refuses an entity no context declared, and test/migrations.e2e-spec.ts
 * checks that each engine's migrations build exactly the declared entities.
 */

export type EntityClass = new () => object;
export type MigrationClass = new () => MigrationInterface;
export type Engine = 'mysql' | 'sqlite';

export interface ContextSchema {
  entities: EntityClass[];
  /** Generated per engine (`npm run migration:generate:<engine>`); names end in their 13-digit timestamp. */
  migrations?: Partial<Record<Engine, MigrationClass[]>>;
}

const TIMESTAMP = /(\d{13})$/;

function timestampOf(m: MigrationClass): number {
  const match = TIMESTAMP.exec(m.name);
  if (!match) throw new Error(`migration ${m.name} must end in its 13-digit timestamp (as migration:generate names it)`);
  return Number(match[1]);
}

export class SchemaTable {
  private readonly owners = new Map<EntityClass, string>();
  private readonly migrationOwners = new Map<string, string>();
  /** Kept sorted in place: the data source is handed these very arrays. */
  private readonly byEngine: Record<Engine, MigrationClass[]> = { mysql: [], sqlite: [] };

  define(context: string, schema: ContextSchema): void {
    for (const entity of schema.entities) {
      const owner = this.owners.get(entity);
      if (owner && owner !== context) throw new Error(`entity ${entity.name} is declared by both ${owner} and ${context}`);
      this.owners.set(entity, context);
    }
    for (const engine of ['mysql', 'sqlite'] as const) {
      const list = this.byEngine[engine];
      for (const m of schema.migrations?.[engine] ?? []) {
        timestampOf(m);
        const key = `${engine}:${m.name}`;
        const owner = this.migrationOwners.get(key);
        if (owner && owner !== context)
          throw new Error(`migration ${m.name} (${engine}) is declared by both ${owner} and ${context}`);
        if (owner) continue;
        this.migrationOwners.set(key, context);
        list.push(m);
      }
      list.sort((a, b) => timestampOf(a) - timestampOf(b));
    }
  }

  /** Every declared entity. */
  entities(): EntityClass[] {
    return [...this.owners.keys()];
  }

  ownerOf(entity: EntityClass): string | undefined {
    return this.owners.get(entity);
  }

  /**
   * The engine's migrations of every context loaded so far, in timestamp order. The same
   * array fills as context libs load: hand it to the data source, read it when it starts.
   */
  migrations(engine: Engine): MigrationClass[] {
    return this.byEngine[engine];
  }

  /** `[context, migration name]` of the engine's migrations, in order (docs and tests). */
  migrationOwnersOf(engine: Engine): [string, string][] {
    return this.byEngine[engine].map((m) => [this.migrationOwners.get(`${engine}:${m.name}`)!, m.name]);
  }
}

/** The process's one table, filled by each context's `defineSchema` as its lib loads. */
export const schemaTable = new SchemaTable();

/** Declares a context's entities and migrations; call once per context, at module level. */
export function defineSchema(context: string, schema: ContextSchema): void {
  schemaTable.define(context, schema);
}
