import type { Lead, Tier } from '../domain/lead.js';
import type { ScoreResult } from '../domain/score.js';
import type { AuditEvent } from './audit-log.js';
import type { StoreTransaction } from './job-queue.js';
import type { ApprovalRecord, ApprovalStatus, StoredDraft } from './pipeline-store.js';

/** Filter of the approval queue (SPEC §14 "approval queue"); keyset-paginated, oldest first. */
export interface ApprovalQueueFilter {
  status?: ApprovalStatus;
  tier?: Tier;
  /** Page size, 1–200. */
  limit: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

/** One approval with everything a reviewer needs, read in one joined query. */
export interface ApprovalQueueEntry {
  approval: ApprovalRecord;
  lead: Lead;
  draft: StoredDraft;
  /** The lead's latest score, or null when it was never scored. */
  score: ScoreResult | null;
}

/** A human edit of a draft's content; null fields keep the proposed text. */
export interface DraftEdit {
  subjectA: string | null;
  subjectB: string | null;
  body: string | null;
}

/** One frozen batch item: the approval and the content hash the reviewer previewed. */
export interface FrozenBatchItem {
  approvalId: string;
  draftId: string;
  contentHash: string;
}

export type ApprovalBatchStatus = 'frozen' | 'approved' | 'executed';

/** What a batch execution did, stored so a re-execution can report it without acting. */
export interface ApprovalBatchResult {
  approved: string[];
  skipped: { approvalId: string; reason: string }[];
}

/**
 * A batch approval (SPEC §3.6): a frozen scope (exact item ids and content hashes), its preview hash
 * and an expiry. Status moves `frozen → approved → executed`, each step a compare-and-set.
 */
export interface ApprovalBatch {
  id: string;
  filter: { tier?: Tier; status?: ApprovalStatus };
  items: FrozenBatchItem[];
  previewHash: string;
  status: ApprovalBatchStatus;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  approvedBy: string | null;
  approvedAt: Date | null;
  executedBy: string | null;
  executedAt: Date | null;
  result: ApprovalBatchResult | null;
}

/** Head-of-Sales rating dimensions, integers 1–5 each (SPEC §18). */
export interface DraftRatingScores {
  personalisation: number;
  subject: number;
  value: number;
  cta: number;
  tone: number;
}

/** Averages over stored ratings; each dimension and `overall` is null when nothing was rated. */
export interface DraftRatingAverages {
  count: number;
  averages: Record<keyof DraftRatingScores | 'overall', number | null>;
}

/** Stored approval batches. */
export interface ApprovalBatchRepository {
  insert(batch: ApprovalBatch): Promise<void>;
  findById(id: string): Promise<ApprovalBatch | null>;
  /** `frozen → approved`; null when the batch was not frozen any more. */
  markApproved(id: string, decision: { by: string; at: Date }): Promise<ApprovalBatch | null>;
  /** `approved → executed`; null when it was not approved (e.g. already executed). */
  markExecuted(id: string, decision: { by: string; at: Date }): Promise<ApprovalBatch | null>;
  recordResult(id: string, result: ApprovalBatchResult): Promise<void>;
}

/** Stored draft ratings: one per rater per draft (a new rating replaces the rater's previous one). */
export interface DraftRatingRepository {
  upsert(rating: { draftId: string; rater: string; scores: DraftRatingScores; ratedAt: Date }): Promise<void>;
  /** Averages for one draft, or over every draft when `draftId` is omitted (the SPEC §18 KPI). */
  averages(draftId?: string): Promise<DraftRatingAverages>;
}

/**
 * Reads and writes of the approval desk (issue 3) that the foundation repositories do not cover:
 * the joined queue page, draft edits, lead drafts and timelines, batches and ratings.
 */
export interface ApprovalDeskStore {
  /** One page of the queue in one SQL query (approval ⋈ draft ⋈ lead ⟕ latest score). */
  listQueue(filter: ApprovalQueueFilter): Promise<{ items: ApprovalQueueEntry[]; nextCursor: string | null }>;
  findQueueEntry(approvalId: string): Promise<ApprovalQueueEntry | null>;
  findQueueEntryByDraft(draftId: string): Promise<ApprovalQueueEntry | null>;
  /**
   * Stores an edit beside the proposed version and rebinds the draft's approval to `contentHash`.
   * With `reopen`, an approved approval returns to `pending` (the approval bound the old content).
   */
  saveDraftEdit(
    change: { draftId: string; edit: DraftEdit; contentHash: string; reopen: boolean },
    transaction?: StoreTransaction,
  ): Promise<void>;
  draftsForLead(leadId: string): Promise<StoredDraft[]>;
  /** Audit events about a lead or its drafts, oldest first, at most `limit`. */
  leadTimeline(leadId: string, limit: number): Promise<(AuditEvent & { id: number })[]>;
  batches: ApprovalBatchRepository;
  ratings: DraftRatingRepository;
}
