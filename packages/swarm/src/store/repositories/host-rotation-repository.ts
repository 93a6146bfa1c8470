import type { Kysely } from 'kysely';
import type { HostRotationState, HostRotationStore } from '../../ports/host-rotation-store.js';
import { toJson, type Database } from '../schema.js';
import type { SchedulingDispatchTables } from './scheduling-dispatch-tables.js';

function toState(
  row: { last_host_id: string | null; assignments: Record<string, number> } | undefined,
): HostRotationState {
  if (!row) return {};
  return { ...(row.last_host_id ? { lastHostId: row.last_host_id } : {}), assignments: row.assignments };
}

/**
 * Kysely implementation of {@link HostRotationStore} over migration 0018's `scheduling_host_rotation` and
 * `scheduling_host_assignments`. One transaction per assignment: the pool row is created if missing, then
 * locked (`SELECT … FOR UPDATE`) so concurrent assignments — also from other worker processes — serialise,
 * and the request key's assignment row makes a replay return the stored host.
 */
export function createHostRotationRepository(database: Kysely<Database>): HostRotationStore {
  const db = database.$extendTables<SchedulingDispatchTables>();
  return {
    assignOnce(pool, requestKey, at, decide) {
      return db.transaction().execute(async (transaction) => {
        await transaction
          .insertInto('scheduling_host_rotation')
          .values({ pool, last_host_id: null, assignments: toJson({}), updated_at: at })
          .onConflict((conflict) => conflict.column('pool').doNothing())
          .execute();
        const row = await transaction
          .selectFrom('scheduling_host_rotation')
          .select(['last_host_id', 'assignments'])
          .where('pool', '=', pool)
          .forUpdate()
          .executeTakeFirst();
        const assigned = await transaction
          .selectFrom('scheduling_host_assignments')
          .select('host_id')
          .where('request_key', '=', requestKey)
          .executeTakeFirst();
        if (assigned) return assigned.host_id;
        const decision = decide(toState(row));
        if (decision.hostId === undefined) return undefined;
        await transaction
          .updateTable('scheduling_host_rotation')
          .set({
            last_host_id: decision.state.lastHostId ?? null,
            assignments: toJson(decision.state.assignments ?? {}),
            updated_at: at,
          })
          .where('pool', '=', pool)
          .execute();
        await transaction
          .insertInto('scheduling_host_assignments')
          .values({ request_key: requestKey, pool, host_id: decision.hostId, assigned_at: at })
          .execute();
        return decision.hostId;
      });
    },
    async stateOf(pool) {
      const row = await db
        .selectFrom('scheduling_host_rotation')
        .select(['last_host_id', 'assignments'])
        .where('pool', '=', pool)
        .executeTakeFirst();
      return toState(row);
    },
  };
}
