import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE mailbox_cursors (
    mailbox text PRIMARY KEY,
    uid_validity bigint NOT NULL,
    last_uid bigint NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE TABLE thread_inbound_messages (
    message_id text PRIMARY KEY,
    thread_key text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE inbound_replies (
    id uuid PRIMARY KEY,
    dedupe_key text NOT NULL UNIQUE,
    message_id text,
    mailbox text NOT NULL,
    uid bigint NOT NULL,
    thread_key text,
    parent_id text,
    threading_method text NOT NULL,
    threading_confidence real NOT NULL,
    outbox_id uuid REFERENCES outbox(id) ON DELETE SET NULL,
    lead_id uuid REFERENCES leads(id) ON DELETE CASCADE,
    from_address text NOT NULL,
    subject text NOT NULL,
    received_at timestamptz NOT NULL,
    visible_text text NOT NULL,
    intent text NOT NULL,
    confidence real NOT NULL,
    secondary_intent text,
    extracted jsonb NOT NULL DEFAULT '{}',
    needs_review boolean NOT NULL,
    action_taken text,
    actions jsonb NOT NULL DEFAULT '[]',
    routed_at timestamptz,
    override_intent text,
    override_by text,
    override_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX inbound_replies_received ON inbound_replies (received_at DESC, id DESC)`,
  `CREATE INDEX inbound_replies_review ON inbound_replies (needs_review, received_at DESC)`,
  `CREATE INDEX inbound_replies_intent ON inbound_replies (intent, received_at DESC)`,
  `CREATE INDEX inbound_replies_lead ON inbound_replies (lead_id)`,
  `CREATE INDEX inbound_replies_unrouted ON inbound_replies (mailbox) WHERE routed_at IS NULL`,
  `CREATE TABLE automation_pauses (
    id bigserial PRIMARY KEY,
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    thread_key text,
    paused_until timestamptz,
    reason text NOT NULL,
    reply_id uuid,
    created_at timestamptz NOT NULL,
    resumed_at timestamptz,
    resumed_by text
  )`,
  `CREATE UNIQUE INDEX automation_pauses_reply ON automation_pauses (reply_id, lead_id, coalesce(thread_key, ''))`,
  `CREATE INDEX automation_pauses_active ON automation_pauses (lead_id) WHERE resumed_at IS NULL`,
  `CREATE TABLE lead_sales_stages (
    lead_id uuid PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
    stage text NOT NULL,
    reason text NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE TABLE lead_referrals (
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    referrer_lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    reply_id uuid,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (lead_id, referrer_lead_id)
  )`,
];

/**
 * Mailbox polling and reply routing (issue 6 "Inbound II", SPEC §4, §6):
 * - `mailbox_cursors`: per polled mailbox (`user@host/folder`), the IMAP UIDVALIDITY and last stored UID
 *   (RFC 9051 §2.3.1.1), written only after the batch's replies are stored.
 * - `thread_inbound_messages`: inbound Message-IDs already threaded, so later replies to them thread
 *   (threading spec §3.1 "the outbound ledger plus earlier inbound").
 * - `inbound_replies`: one row per inbound message (deduplicated by Message-ID, else mailbox+UID): thread,
 *   outbox row, lead, visible reply, intent with confidence, the planned routing actions, the action taken,
 *   `needs_review`, and a human override (the unified inbox reads it). Rows go with their lead (GDPR erasure).
 * - `automation_pauses`: a lead's (or one thread's, when `thread_key` is set) automation paused until
 *   `paused_until` (null = until a human resumes it): out-of-office, a colleague replying in the thread.
 * - `lead_sales_stages`: the lead's sales stage (SPEC §6, 8 stages).
 * - `lead_referrals`: a lead created from a referral, linked to the lead who referred it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'lead_referrals',
    'lead_sales_stages',
    'automation_pauses',
    'inbound_replies',
    'thread_inbound_messages',
    'mailbox_cursors',
  ]) {
    await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(db);
  }
}
