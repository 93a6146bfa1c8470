import { sql, type Kysely } from 'kysely';
import type { BreakerState, BreakerStateStore } from '../../ports/breaker-state-store.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';

/** Persists circuit-breaker state so it survives restarts (RES-4). */
export function createSqlBreakerStateStore(db: Kysely<Database>): BreakerStateStore {
  return {
    async load(name) {
      const row = await db.selectFrom('breaker_states').select('state').where('name', '=', name).executeTakeFirst();
      return (row?.state as BreakerState | undefined) ?? null;
    },
    async loadAll() {
      const rows = await db.selectFrom('breaker_states').select(['name', 'state']).execute();
      return new Map(rows.map((row) => [row.name, row.state as BreakerState]));
    },
    async save(name, state) {
      await db
        .insertInto('breaker_states')
        .values({ name, state: toJson(state) })
        .onConflict((conflict) => conflict.column('name').doUpdateSet({ state: toJson(state), updated_at: sql`now()` }))
        .execute();
    },
  };
}
