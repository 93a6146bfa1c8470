import type { Kysely, Selectable } from 'kysely';
import type {
  EmbeddedCalendarEvent,
  EmbeddedCalendarEventStatus,
  EmbeddedCalendarEventStore,
} from '../../ports/embedded-calendar-store.js';
import type { Database } from '../schema.js';
import type { CalendarEventsTable, CalendarTables } from './calendar-tables.js';

const statuses: ReadonlySet<string> = new Set(['confirmed', 'tentative', 'cancelled']);

function toEvent(row: Selectable<CalendarEventsTable>): EmbeddedCalendarEvent {
  return {
    hostId: row.host_id,
    id: row.id,
    start: new Date(row.starts_at).toISOString(),
    end: new Date(row.ends_at).toISOString(),
    title: row.title,
    // The CHECK constraint keeps these in range; anything else reads as the blocking default (fail closed).
    status: (statuses.has(row.status) ? row.status : 'confirmed') as EmbeddedCalendarEventStatus,
    transparency: row.transparency === 'transparent' ? 'transparent' : 'opaque',
    details: row.details ?? {},
  };
}

/**
 * The SQL {@link EmbeddedCalendarEventStore} on `calendar_events` (migration 0013), PostgreSQL and PGlite
 * alike. `insertIfAbsent` is one `INSERT … ON CONFLICT (host_id, id) DO NOTHING RETURNING` — the
 * conditional create of specs/scheduling.md §6.7 step 5, atomic without any lock.
 */
export function createCalendarEventRepository(database: Kysely<Database>): EmbeddedCalendarEventStore {
  const db = database.withTables<CalendarTables>();
  return {
    async insertIfAbsent(event) {
      const row = await db
        .insertInto('calendar_events')
        .values({
          host_id: event.hostId,
          ...(event.id === undefined ? {} : { id: event.id }),
          starts_at: new Date(event.start),
          ends_at: new Date(event.end),
          title: event.title,
          status: event.status ?? 'confirmed',
          transparency: event.transparency ?? 'opaque',
          details: JSON.stringify(event.details ?? {}),
        })
        .onConflict((conflict) => conflict.columns(['host_id', 'id']).doNothing())
        .returningAll()
        .executeTakeFirst();
      return row ? toEvent(row) : undefined;
    },
    async listOverlapping(hostId, from, to) {
      const rows = await db
        .selectFrom('calendar_events')
        .selectAll()
        .where('host_id', '=', hostId)
        .where('starts_at', '<', to)
        .where('ends_at', '>', from)
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map(toEvent);
    },
    async delete(hostId, id) {
      const result = await db
        .deleteFrom('calendar_events')
        .where('host_id', '=', hostId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
