import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';

/** Raw access to the `control_flags` table (kill switches, per-deployment secrets such as the suppression salt). */
export interface ControlFlagRepository {
  get(name: string): Promise<unknown>;
  /** Several flags in one query; absent names are missing from the map. */
  getMany(names: readonly string[]): Promise<Map<string, unknown>>;
  set(name: string, value: unknown, actor: string): Promise<void>;
  /** Sets the value only if absent and returns whatever is stored afterwards (first writer wins). */
  getOrInit(name: string, initial: unknown, actor: string): Promise<unknown>;
}

export function createControlFlagRepository(db: Kysely<Database>): ControlFlagRepository {
  return {
    async get(name) {
      const row = await db.selectFrom('control_flags').select('value').where('name', '=', name).executeTakeFirst();
      return row?.value ?? null;
    },
    async getMany(names) {
      const rows = await db
        .selectFrom('control_flags')
        .select(['name', 'value'])
        .where('name', 'in', [...names])
        .execute();
      return new Map(rows.map((row) => [row.name, row.value as unknown]));
    },
    async set(name, value, actor) {
      await db
        .insertInto('control_flags')
        .values({ name, value: toJson(value), updated_by: actor })
        .onConflict((conflict) =>
          conflict.column('name').doUpdateSet({ value: toJson(value), updated_by: actor, updated_at: sql`now()` }),
        )
        .execute();
    },
    async getOrInit(name, initial, actor) {
      await db
        .insertInto('control_flags')
        .values({ name, value: toJson(initial), updated_by: actor })
        .onConflict((conflict) => conflict.column('name').doNothing())
        .execute();
      return this.get(name);
    },
  };
}
