import type { JSONColumnType } from 'kysely';
import type { Database } from '../schema.js';

/** `approval_batches` (migration 0002): a frozen batch scope, its preview hash and expiry (SPEC §3.6). */
export interface ApprovalBatchesTable {
  id: string;
  filter: JSONColumnType<Record<string, string>, string, string>;
  items: JSONColumnType<{ approvalId: string; draftId: string; contentHash: string }[], string, string>;
  preview_hash: string;
  status: string;
  created_by: string;
  created_at: Date;
  expires_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
  executed_by: string | null;
  executed_at: Date | null;
  result: JSONColumnType<
    { approved: string[]; skipped: { approvalId: string; reason: string }[] } | null,
    string | null,
    string
  >;
}

/** `draft_ratings` (migration 0002): one Head-of-Sales rating per rater per draft (SPEC §18). */
export interface DraftRatingsTable {
  draft_id: string;
  rater: string;
  personalisation: number;
  subject: number;
  value: number;
  cta: number;
  tone: number;
  rated_at: Date;
}

/** The foundation schema plus the approval desk's tables; only this repositories use it. */
export interface ApprovalDeskDatabase extends Database {
  approval_batches: ApprovalBatchesTable;
  draft_ratings: DraftRatingsTable;
}
