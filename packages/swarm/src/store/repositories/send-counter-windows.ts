import { sql, type RawBuilder } from 'kysely';

/** Which counter scope a count is for: the deployment, recipient domains, or mailboxes (migration 0015). */
export type SendCounterKind = 'all' | 'domain' | 'mailbox';

/** The `send_counter_buckets.scope` of one key: `all`, `domain:<domain>` or `mailbox:<address>`. */
export function sendCounterScope(kind: SendCounterKind, key: string): string {
  return kind === 'all' ? 'all' : `${kind}:${key}`;
}

/**
 * A query giving, per scope (`scope`, `count`), the reservations dated after `windowStart` (also
 * ones dated after the send, SPEC §3.7 / EM-7) for each of `keys` (ignored for `all`), through the
 * SQL function `send_reservations_after` of migration 0015: raw rows in the partial first minute,
 * minute buckets up to the next whole hour, hour buckets from there on. The count equals
 * `count(*) WHERE reserved_at > windowStart` while reading a bounded number of rows however many
 * reservations exist. Scopes with nothing counted yield no row.
 */
export function countReservationsAfter(
  kind: SendCounterKind,
  keys: readonly string[],
  windowStart: Date,
): RawBuilder<{ scope: string; count: number }> {
  const scopes = kind === 'all' ? ['all'] : keys.map((key) => sendCounterScope(kind, key));
  return sql<{ scope: string; count: number }>`SELECT counted_scope AS scope, counted::float8 AS count
    FROM send_reservations_after(${scopes}::text[], ${windowStart}::timestamptz)`;
}

/** A query giving the reservations of the UTC calendar month starting at `monthStart` (`count`, one row). */
export function countReservationsInMonth(monthStart: Date): RawBuilder<{ count: number }> {
  return sql<{ count: number }>`SELECT coalesce(sum(count), 0)::float8 AS count FROM send_counter_buckets
    WHERE scope = 'all' AND width = 'month' AND bucket_start = ${monthStart}`;
}
