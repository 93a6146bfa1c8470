import type { CompanyProfile } from '../domain/company.js';
import type { DraftProposal, DraftStatus } from '../domain/draft.js';
import type { Lead, LeadCandidate, LeadStatus, Tier } from '../domain/lead.js';
import type { RejectionMemoryEntry } from '../domain/rejection.js';
import type { ScoreResult } from '../domain/score.js';
import type { IntentSignal } from '../domain/signal.js';
import type { AuditLog } from './audit-log.js';
import type { StoreTransaction } from './job-queue.js';

/** A lead's progress through the pipeline, written after each stage. */
export interface LeadProgress {
  id: string;
  status: LeadStatus;
  tier?: Tier | null;
  score?: number | null;
  disqualificationRule?: string | null;
  lastError?: string | null;
  enrichmentAttempts?: number;
  /** Person fields filled by enrichment (only non-null values overwrite). */
  enrichedFields?: Partial<
    Pick<Lead, 'title' | 'seniority' | 'phone' | 'city' | 'state' | 'country' | 'companyDomain'>
  >;
}

/** Result of upserting one candidate: the stored lead and whether it was new. */
export interface UpsertedLead {
  lead: Lead;
  created: boolean;
}

export interface LeadListFilter {
  tier?: Tier;
  status?: LeadStatus;
  limit: number;
  cursor?: string;
}

export interface LeadRepository {
  /** Inserts new leads and merges re-imported ones by dedup key (SPEC §3.1: a re-import updates). */
  upsertMany(candidates: readonly LeadCandidate[]): Promise<UpsertedLead[]>;
  recordProgress(updates: readonly LeadProgress[]): Promise<void>;
  findByEmail(email: string): Promise<Lead | null>;
  /** The lead with this LinkedIn profile URL (compared case-insensitively), or null. */
  findByLinkedinUrl(url: string): Promise<Lead | null>;
  findById(id: string): Promise<Lead | null>;
  list(filter: LeadListFilter): Promise<{ items: Lead[]; total: number; nextCursor: string | null }>;
}

export interface CompanyRepository {
  upsertMany(companies: readonly CompanyProfile[]): Promise<void>;
  findByDomain(domain: string): Promise<CompanyProfile | null>;
}

/** What enrichment produced for one lead, as stored (SPEC §3.2: which provider answered, per lead). */
export interface EnrichmentRecord {
  leadId: string;
  runId: string | null;
  provider: string | null;
  fetchedAt: Date;
  fromCache: boolean;
  company: CompanyProfile;
  person: Record<string, unknown>;
  signals: readonly IntentSignal[];
  attempts: readonly unknown[];
  skippedReason: string | null;
}

export interface EnrichmentRepository {
  recordMany(records: readonly EnrichmentRecord[]): Promise<void>;
  latestForLead(leadId: string): Promise<EnrichmentRecord | null>;
}

export interface ScoreRecord {
  leadId: string;
  runId: string | null;
  result: ScoreResult;
  scoredAt: Date;
}

export interface ScoreRepository {
  recordMany(records: readonly ScoreRecord[]): Promise<void>;
  latestForLead(leadId: string): Promise<ScoreRecord | null>;
}

/**
 * The kind of an in-thread conversation message (SPEC §3.6 approval actions): COMMUNICATOR's reply to a
 * prospect (`reply`), and SCHEDULER's proposals, invites and reminders (SPEC §7).
 */
export type ConversationMessageKind = 'reply' | 'scheduling_response' | 'calendar_invite_create' | 'reminder_send';

/**
 * What makes a draft a message INSIDE an existing conversation rather than a cadence step: the thread it
 * answers and anything it carries besides text. Conversation drafts have `sequenceStep` 0, send under
 * their own idempotency key (one per message, not per step) and are never first touches.
 */
export interface DraftConversation {
  kind: ConversationMessageKind;
  /** Root Message-ID of the thread (threading spec: the outbox `threadKey`). */
  threadKey: string;
  /** The prospect's message we answer (In-Reply-To), `<id@domain>`; null when unknown. */
  inReplyTo: string | null;
  /** The References chain to send, oldest first (RFC 5322 §3.6.4), ending with `inReplyTo` when known. */
  references: string[];
  /** The mailbox the prospect wrote to; the answer leaves from it when it is a sending mailbox. Null = any. */
  mailbox: string | null;
  /** Extra `X-` headers, e.g. `X-Caio-Proposals` with the exact proposed instants (scheduling spec §6.6). */
  headers: Record<string, string>;
  /** An RFC 5545 calendar object sent as the invite part (`text/calendar; method=…`). */
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string } | null;
  /** The producer's idempotency key (e.g. `reply:<replyId>`, `scheduling:<id>:exchange:2`): one send per key. */
  idempotencyKey: string;
  /** The scheduling conversation, for SCHEDULER messages (invites re-run the booking guard on approval). */
  schedulingConversationId: string | null;
  /** The exact meeting start an invite books (ISO 8601 UTC), for `calendar_invite_create`. */
  meetingStart: string | null;
}

/** A stored draft: the proposal, its status, any human edit, and the quality-guard verdict. */
export interface StoredDraft extends DraftProposal {
  id: string;
  leadId: string;
  runId: string | null;
  status: DraftStatus;
  edited: { subjectA: string | null; subjectB: string | null; body: string | null };
  guard: { passed: boolean; mode: string; violations: { rule: string; message: string }[] };
  createdAt: Date;
  /** Set for in-thread conversation messages (replies, scheduling); absent/null for cadence steps. */
  conversation?: DraftConversation | null;
}

export interface DraftListFilter {
  status?: DraftStatus;
  limit: number;
  cursor?: string;
}

export interface DraftRepository {
  insertMany(drafts: readonly StoredDraft[]): Promise<void>;
  /** Leads among `leadIds` that already have a live (not rejected/expired) draft for `step`. */
  leadsWithLiveDraft(leadIds: readonly string[], step: number): Promise<Set<string>>;
  setStatus(id: string, status: DraftStatus, transaction?: StoreTransaction): Promise<void>;
  findById(id: string): Promise<StoredDraft | null>;
  list(filter: DraftListFilter): Promise<{ items: StoredDraft[]; total: number; nextCursor: string | null }>;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'expired';

export interface ApprovalRecord {
  id: string;
  draftId: string;
  leadId: string;
  agent: string;
  action: string;
  approvalClass: string;
  status: ApprovalStatus;
  /** SHA-256 of the exact content approved; an edit after approval needs re-approval. */
  contentHash: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
  dueAt: Date;
  createdAt: Date;
}

export interface ApprovalRepository {
  insertMany(approvals: readonly ApprovalRecord[]): Promise<void>;
  findById(id: string): Promise<ApprovalRecord | null>;
  /**
   * Moves a pending approval to `approved` or `rejected`. Returns null when it is no longer pending
   * (compare-and-set, so two deciders cannot both win).
   */
  decide(
    id: string,
    decision: { status: 'approved' | 'rejected'; decidedBy: string; decidedAt: Date; reason: string | null },
    transaction?: StoreTransaction,
  ): Promise<ApprovalRecord | null>;
  countByStatus(): Promise<Record<ApprovalStatus, number>>;
}

/** One message in the outbox (= thread ledger, ARCHITECTURE.md "Contracts"). */
/**
 * Outbox statuses. `shadow` rows never leave. The send worker's at-most-once machine (issue 4):
 * `queued → claimed → sending → sent | failed | uncertain`, `claimed → queued` (deferred) or
 * `refused` (a permanent send-policy refusal). `sending` is written before the vendor call, so a
 * crash mid-call leaves a row the next attempt reconciles instead of re-sending.
 */
export type OutboxStatus = 'shadow' | 'queued' | 'claimed' | 'sending' | 'sent' | 'failed' | 'refused' | 'uncertain';

export interface OutboxMessage {
  id: string;
  idempotencyKey: string;
  messageId: string;
  wireMessageId: string | null;
  threadKey: string;
  sequenceStep: number;
  inReplyTo: string | null;
  references: readonly string[];
  leadId: string;
  draftId: string | null;
  mailbox: string;
  recipient: string;
  subject: string;
  channel: 'email' | 'linkedin';
  status: OutboxStatus;
  raw: string;
}

export interface OutboxRepository {
  /** Inserts messages; an existing idempotency key is left as is. Returns the keys actually inserted. */
  insertMany(messages: readonly OutboxMessage[]): Promise<Set<string>>;
  existingKeys(keys: readonly string[]): Promise<Set<string>>;
  list(filter: { leadId?: string; limit: number }): Promise<OutboxMessage[]>;
}

/** A remembered rejection (SPEC §3.5), plus the rejected draft's id. */
export interface StoredRejection extends RejectionMemoryEntry {
  draftId: string;
}

export interface RejectionMemoryRepository {
  record(entry: StoredRejection, transaction?: StoreTransaction): Promise<void>;
  forLeads(leadIds: readonly string[], since: Date): Promise<Map<string, StoredRejection[]>>;
}

export interface SuppressionRepository {
  /** Canonical emails on the suppression list among `emailKeys`. */
  suppressedAmong(emailKeys: readonly string[]): Promise<Set<string>>;
  add(entry: { emailKey: string; reason: string; source: string }): Promise<void>;
}

/** Every repository, bound to one connection or one transaction. */
export interface Repositories {
  leads: LeadRepository;
  companies: CompanyRepository;
  enrichment: EnrichmentRepository;
  scores: ScoreRepository;
  drafts: DraftRepository;
  approvals: ApprovalRepository;
  outbox: OutboxRepository;
  rejectionMemory: RejectionMemoryRepository;
  suppression: SuppressionRepository;
  audit: AuditLog;
}

/**
 * The store: repositories plus a unit of work. `transaction` runs `work` with repositories bound to
 * one transaction and hands out the transaction handle so a job can be enqueued in it.
 */
export interface Store extends Repositories {
  transaction<T>(work: (repositories: Repositories, transaction: StoreTransaction) => Promise<T>): Promise<T>;
}
