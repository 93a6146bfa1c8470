import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE send_reservations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    idempotency_key text NOT NULL UNIQUE,
    mailbox text NOT NULL,
    recipient_domain text NOT NULL,
    reserved_at timestamptz NOT NULL
  )`,
  `CREATE INDEX send_reservations_reserved_at ON send_reservations (reserved_at)`,
  `CREATE INDEX send_reservations_mailbox ON send_reservations (mailbox, reserved_at)`,
];

/**
 * Send limits (issue 4, SPEC §3.7, EM-7): one row per reserved send, the ledger the atomic
 * reservation counts against. A refused or released send leaves no row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS send_reservations').execute(db);
}
