import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Json<T extends object> = JSONColumnType<T, string, string>;

/** `mailbox_cursors` (migration 0010): where the next poll of one mailbox resumes (RFC 9051 §2.3.1.1). */
export interface MailboxCursorsTable {
  /** `user@host/folder`. */
  mailbox: string;
  /** bigint columns come back as strings from PostgreSQL drivers; the repository converts. */
  uid_validity: ColumnType<string | number, number, number>;
  last_uid: ColumnType<string | number, number, number>;
  updated_at: Date;
}

/** `thread_inbound_messages` (migration 0010): inbound ids already threaded (threading spec §3.1). */
export interface ThreadInboundMessagesTable {
  message_id: string;
  thread_key: string;
  recorded_at: ColumnType<Date, Date | undefined, never>;
}

/** `inbound_replies` (migration 0010): one classified, routed inbound message (SPEC §4, §6). */
export interface InboundRepliesTable {
  id: string;
  /** The Message-ID, or `uid:<mailbox>:<uidValidity>:<uid>` when the message has none. */
  dedupe_key: string;
  message_id: string | null;
  mailbox: string;
  uid: ColumnType<string | number, number, never>;
  thread_key: string | null;
  parent_id: string | null;
  threading_method: string;
  threading_confidence: number;
  outbox_id: string | null;
  lead_id: string | null;
  from_address: string;
  subject: string;
  received_at: Date;
  visible_text: string;
  intent: string;
  confidence: number;
  secondary_intent: string | null;
  extracted: Json<Record<string, unknown>>;
  needs_review: boolean;
  action_taken: string | null;
  actions: Json<unknown[]>;
  routed_at: Date | null;
  override_intent: string | null;
  override_by: string | null;
  override_at: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

/** `automation_pauses` (migration 0010): a lead's or one thread's automation paused. */
export interface AutomationPausesTable {
  id: Generated<string>;
  lead_id: string;
  /** Set: only this thread is paused; null: the whole lead. */
  thread_key: string | null;
  /** null = until a human resumes it. */
  paused_until: Date | null;
  reason: string;
  reply_id: string | null;
  created_at: Date;
  resumed_at: Date | null;
  resumed_by: string | null;
}

/** `lead_sales_stages` (migration 0010): the lead's sales stage (SPEC §6, 8 stages). */
export interface LeadSalesStagesTable {
  lead_id: string;
  stage: string;
  reason: string;
  updated_at: Date;
}

/** `lead_referrals` (migration 0010): a lead created from a referral reply, linked to its referrer. */
export interface LeadReferralsTable {
  lead_id: string;
  referrer_lead_id: string;
  reply_id: string | null;
  created_at: Date;
}
