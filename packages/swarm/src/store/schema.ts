import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { ExclusionEntriesTable, ReputationPausesTable } from './repositories/exclusion-tables.js';
import type {
  AutomationPausesTable,
  InboundRepliesTable,
  LeadReferralsTable,
  LeadSalesStagesTable,
  MailboxCursorsTable,
  ThreadInboundMessagesTable,
} from './repositories/inbox-tables.js';

/**
 * Table types for Kysely. JSON columns are written as JSON text (see `toJson`) and read back
 * parsed; timestamps are `timestamptz` read as `Date`.
 */
export interface Database {
  companies: CompaniesTable;
  leads: LeadsTable;
  enrichment_results: EnrichmentResultsTable;
  enrichment_cache: EnrichmentCacheTable;
  scores: ScoresTable;
  drafts: DraftsTable;
  approvals: ApprovalsTable;
  outbox: OutboxTable;
  dead_send_jobs: DeadSendJobsTable;
  exclusion_entries: ExclusionEntriesTable;
  reputation_pauses: ReputationPausesTable;
  runs: RunsTable;
  stage_results: StageResultsTable;
  rejected_rows: RejectedRowsTable;
  audit_events: AuditEventsTable;
  suppression_entries: SuppressionEntriesTable;
  rejection_memory: RejectionMemoryTable;
  control_flags: ControlFlagsTable;
  breaker_states: BreakerStatesTable;
  domain_events: DomainEventsTable;
  mailbox_cursors: MailboxCursorsTable;
  thread_inbound_messages: ThreadInboundMessagesTable;
  inbound_replies: InboundRepliesTable;
  automation_pauses: AutomationPausesTable;
  lead_sales_stages: LeadSalesStagesTable;
  lead_referrals: LeadReferralsTable;
}

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export interface CompaniesTable {
  id: string;
  domain: string;
  name: string | null;
  industry: string | null;
  sub_industry: string | null;
  tags: Json<string[]>;
  employee_count: number | null;
  city: string | null;
  region: string | null;
  country: string | null;
  status: string;
  description: string | null;
  source: string | null;
  updated_at: UpdatedAt;
}

export interface LeadsTable {
  id: string;
  dedup_key: string;
  email: string | null;
  email_key: string | null;
  linkedin_url: string | null;
  first_name: string | null;
  last_name: string | null;
  title: string | null;
  seniority: string | null;
  phone: string | null;
  company_name: string | null;
  company_domain: string | null;
  industry: string | null;
  employee_count: number | null;
  city: string | null;
  state: string | null;
  country: string | null;
  source: string;
  attributes: Json<Record<string, string>>;
  status: string;
  tier: string | null;
  score: number | null;
  disqualification_rule: string | null;
  last_error: string | null;
  enrichment_attempts: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EnrichmentResultsTable {
  id: Generated<number>;
  lead_id: string;
  run_id: string | null;
  provider: string | null;
  fetched_at: Date;
  from_cache: boolean;
  company: Json<Record<string, unknown>>;
  person: Json<Record<string, unknown>>;
  signals: Json<unknown[]>;
  attempts: Json<unknown[]>;
  skipped_reason: string | null;
}

export interface EnrichmentCacheTable {
  key: string;
  value: Json<object>;
  expires_at: Date;
}

export interface ScoresTable {
  id: Generated<number>;
  lead_id: string;
  run_id: string | null;
  score: number;
  tier: string | null;
  components: Json<Record<string, number>>;
  multipliers: Json<Record<string, number>>;
  intent_score: number;
  reasons: Json<string[]>;
  disqualification: Json<{ rule: string; detail: string } | null>;
  scored_at: Date;
}

export interface DraftsTable {
  id: string;
  lead_id: string;
  run_id: string | null;
  sequence_step: number;
  angle_id: string;
  status: string;
  subject_a: string;
  subject_b: string;
  body: string;
  evidence: Json<unknown[]>;
  fingerprint: string;
  edited_subject_a: string | null;
  edited_subject_b: string | null;
  edited_body: string | null;
  guard: Json<object>;
  /** Migration 0017: the {@link DraftConversation} of an in-thread message; null for cadence steps. */
  conversation: Json<object | null> | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ApprovalsTable {
  id: string;
  draft_id: string;
  lead_id: string;
  agent: string;
  action: string;
  approval_class: string;
  status: string;
  content_hash: string;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  due_at: Date;
  created_at: CreatedAt;
}

export interface OutboxTable {
  id: string;
  idempotency_key: string;
  message_id: string;
  wire_message_id: string | null;
  thread_key: string;
  sequence_step: number;
  in_reply_to: string | null;
  references: Json<string[]>;
  lead_id: string;
  draft_id: string | null;
  mailbox: string;
  recipient: string;
  subject: string;
  channel: string;
  status: string;
  raw: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  platform: string | null;
  attempts: Generated<number>;
  claimed_at: Date | null;
  sending_at: Date | null;
  sent_at: Date | null;
  reason_code: string | null;
  reason: string | null;
  not_before: Date | null;
  recipient_time_zone: string | null;
  recipient_country: string | null;
  recipient_region: string | null;
  recipient_locale_source: string | null;
}

/** Send jobs that exhausted their retries (migration 0008). */
export interface DeadSendJobsTable {
  id: Generated<string>;
  job_id: string;
  outbox_id: string | null;
  payload: Json<Record<string, unknown>>;
  reason: string;
  recorded_at: Date;
}

export interface RunsTable {
  id: string;
  mode: string;
  source: string;
  status: string;
  started_at: Date;
  finished_at: Date | null;
  report: Json<object>;
}

export interface StageResultsTable {
  run_id: string;
  position: number;
  name: string;
  status: string;
  input: number;
  output: number;
  failed: number;
  duration_ms: number;
  errors: Json<string[]>;
}

export interface RejectedRowsTable {
  id: Generated<number>;
  run_id: string;
  row_number: number;
  reason: string;
  record: Json<Record<string, string>>;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: Date;
  agent: string;
  action: string;
  target: string | null;
  actor: string;
  input_summary: string | null;
  output_summary: string | null;
  approval_status: string | null;
  evidence: Json<unknown[]>;
  duration_ms: number;
  outcome: string;
  reason_code: string | null;
  idempotency_key: string | null;
  run_id: string | null;
}

export interface SuppressionEntriesTable {
  id: Generated<number>;
  email_key: string | null;
  email_hash: string;
  reason: string;
  source: string;
  created_at: CreatedAt;
}

export interface RejectionMemoryTable {
  id: Generated<number>;
  lead_id: string;
  draft_id: string;
  angle_id: string;
  fingerprint: string;
  evidence: Json<unknown[]>;
  reason: string;
  rejected_at: Date;
}

export interface ControlFlagsTable {
  name: string;
  value: Json<object>;
  updated_at: UpdatedAt;
  updated_by: string;
}

export interface BreakerStatesTable {
  name: string;
  state: Json<object>;
  updated_at: UpdatedAt;
}

export interface DomainEventsTable {
  id: Generated<number>;
  type: string;
  payload: Json<Record<string, unknown>>;
  at: Date;
}

/** Serialises a value for a JSON column (both pg and PGlite accept JSON text for `jsonb`). */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}
