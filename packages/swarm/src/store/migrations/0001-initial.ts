import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE companies (
    id uuid PRIMARY KEY,
    domain text NOT NULL UNIQUE,
    name text, industry text, sub_industry text,
    tags jsonb NOT NULL DEFAULT '[]',
    employee_count integer, city text, region text, country text,
    status text NOT NULL DEFAULT 'unknown',
    description text, source text,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE leads (
    id uuid PRIMARY KEY,
    dedup_key text NOT NULL UNIQUE,
    email text, email_key text, linkedin_url text,
    first_name text, last_name text, title text, seniority text, phone text,
    company_name text, company_domain text, industry text, employee_count integer,
    city text, state text, country text,
    source text NOT NULL,
    attributes jsonb NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'new',
    tier text, score integer,
    disqualification_rule text, last_error text,
    enrichment_attempts integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX leads_status_tier ON leads (status, tier)`,
  `CREATE INDEX leads_email_key ON leads (email_key)`,
  `CREATE TABLE enrichment_results (
    id bigserial PRIMARY KEY,
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    run_id uuid, provider text, fetched_at timestamptz NOT NULL,
    from_cache boolean NOT NULL DEFAULT false,
    company jsonb NOT NULL, person jsonb NOT NULL, signals jsonb NOT NULL, attempts jsonb NOT NULL,
    skipped_reason text
  )`,
  `CREATE INDEX enrichment_results_lead ON enrichment_results (lead_id, fetched_at DESC)`,
  `CREATE TABLE enrichment_cache (key text PRIMARY KEY, value jsonb NOT NULL, expires_at timestamptz NOT NULL)`,
  `CREATE TABLE scores (
    id bigserial PRIMARY KEY,
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    run_id uuid, score integer NOT NULL, tier text,
    components jsonb NOT NULL, multipliers jsonb NOT NULL, intent_score integer NOT NULL,
    reasons jsonb NOT NULL, disqualification jsonb, scored_at timestamptz NOT NULL
  )`,
  `CREATE INDEX scores_lead ON scores (lead_id, scored_at DESC)`,
  `CREATE TABLE drafts (
    id uuid PRIMARY KEY,
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    run_id uuid, sequence_step integer NOT NULL, angle_id text NOT NULL, status text NOT NULL,
    subject_a text NOT NULL, subject_b text NOT NULL, body text NOT NULL,
    evidence jsonb NOT NULL, fingerprint text NOT NULL,
    edited_subject_a text, edited_subject_b text, edited_body text,
    guard jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX drafts_lead_step ON drafts (lead_id, sequence_step)`,
  `CREATE INDEX drafts_status ON drafts (status, created_at)`,
  `CREATE TABLE approvals (
    id uuid PRIMARY KEY,
    draft_id uuid NOT NULL UNIQUE REFERENCES drafts(id) ON DELETE CASCADE,
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    agent text NOT NULL, action text NOT NULL, approval_class text NOT NULL,
    status text NOT NULL, content_hash text NOT NULL,
    decided_by text, decided_at timestamptz, reason text,
    due_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX approvals_status ON approvals (status, created_at, id)`,
  `CREATE TABLE outbox (
    id uuid PRIMARY KEY,
    idempotency_key text NOT NULL UNIQUE,
    message_id text NOT NULL UNIQUE,
    wire_message_id text,
    thread_key text NOT NULL,
    sequence_step integer NOT NULL,
    in_reply_to text,
    "references" jsonb NOT NULL DEFAULT '[]',
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    draft_id uuid REFERENCES drafts(id) ON DELETE SET NULL,
    mailbox text NOT NULL, recipient text NOT NULL, subject text NOT NULL,
    channel text NOT NULL, status text NOT NULL, raw text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX outbox_thread ON outbox (thread_key)`,
  `CREATE INDEX outbox_wire ON outbox (wire_message_id)`,
  `CREATE INDEX outbox_lead ON outbox (lead_id)`,
  `CREATE TABLE runs (
    id uuid PRIMARY KEY, mode text NOT NULL, source text NOT NULL, status text NOT NULL,
    started_at timestamptz NOT NULL, finished_at timestamptz, report jsonb NOT NULL DEFAULT '{}'
  )`,
  `CREATE TABLE stage_results (
    run_id uuid NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    position integer NOT NULL, name text NOT NULL, status text NOT NULL,
    input integer NOT NULL, output integer NOT NULL, failed integer NOT NULL, duration_ms integer NOT NULL,
    errors jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (run_id, position)
  )`,
  `CREATE TABLE rejected_rows (
    id bigserial PRIMARY KEY,
    run_id uuid NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    row_number integer NOT NULL, reason text NOT NULL, record jsonb NOT NULL
  )`,
  `CREATE TABLE audit_events (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL, agent text NOT NULL, action text NOT NULL, target text,
    actor text NOT NULL, input_summary text, output_summary text, approval_status text,
    evidence jsonb NOT NULL DEFAULT '[]', duration_ms integer NOT NULL DEFAULT 0,
    outcome text NOT NULL, reason_code text, idempotency_key text, run_id uuid
  )`,
  `CREATE INDEX audit_events_at ON audit_events (at)`,
  `CREATE INDEX audit_events_agent_action ON audit_events (agent, action, at)`,
  `CREATE TABLE suppression_entries (
    id bigserial PRIMARY KEY, email_key text, email_hash text NOT NULL UNIQUE,
    reason text NOT NULL, source text NOT NULL, created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE rejection_memory (
    id bigserial PRIMARY KEY,
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    draft_id uuid NOT NULL, angle_id text NOT NULL, fingerprint text NOT NULL,
    evidence jsonb NOT NULL DEFAULT '[]',
    reason text NOT NULL, rejected_at timestamptz NOT NULL
  )`,
  `CREATE INDEX rejection_memory_lead ON rejection_memory (lead_id, rejected_at)`,
  `CREATE TABLE control_flags (
    name text PRIMARY KEY, value jsonb NOT NULL, updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE breaker_states (name text PRIMARY KEY, state jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE domain_events (
    id bigserial PRIMARY KEY, type text NOT NULL, payload jsonb NOT NULL, at timestamptz NOT NULL
  )`,
];

/** The foundation schema: leads pipeline, approvals, outbox (= thread ledger), runs, audit, controls. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per query: PGlite's extended protocol refuses multi-statement strings.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS domain_events, breaker_states, control_flags, rejection_memory, suppression_entries,
      audit_events, rejected_rows, stage_results, runs, outbox, approvals, drafts, scores, enrichment_cache,
      enrichment_results, leads, companies CASCADE;
  `.execute(db);
}
