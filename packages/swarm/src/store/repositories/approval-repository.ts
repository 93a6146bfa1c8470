import { sql, type Kysely } from 'kysely';
import type { StoreTransaction } from '../../ports/job-queue.js';
import type { ApprovalRecord, ApprovalRepository, ApprovalStatus } from '../../ports/pipeline-store.js';
import { chunked } from '../batching.js';
import type { Database } from '../schema.js';
import { approvalFromRow } from './row-mappers.js';
import { bindTransaction } from './transaction-binding.js';

/** Kysely implementation of {@link ApprovalRepository}. `decide` is a compare-and-set on `pending`. */
export function createApprovalRepository(db: Kysely<Database>): ApprovalRepository {
  return {
    async insertMany(approvals: readonly ApprovalRecord[]): Promise<void> {
      for (const chunk of chunked(approvals)) {
        await db
          .insertInto('approvals')
          .values(
            chunk.map((approval) => ({
              id: approval.id,
              draft_id: approval.draftId,
              lead_id: approval.leadId,
              agent: approval.agent,
              action: approval.action,
              approval_class: approval.approvalClass,
              status: approval.status,
              content_hash: approval.contentHash,
              decided_by: approval.decidedBy,
              decided_at: approval.decidedAt,
              reason: approval.reason,
              due_at: approval.dueAt,
              created_at: approval.createdAt,
            })),
          )
          .onConflict((conflict) => conflict.column('draft_id').doNothing())
          .execute();
      }
    },

    async findById(id: string): Promise<ApprovalRecord | null> {
      const row = await db.selectFrom('approvals').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? approvalFromRow(row) : null;
    },

    async decide(id, decision, transaction?: StoreTransaction) {
      const row = await bindTransaction(db, transaction)
        .updateTable('approvals')
        .set({
          status: decision.status,
          decided_by: decision.decidedBy,
          decided_at: decision.decidedAt,
          reason: decision.reason,
        })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .returningAll()
        .executeTakeFirst();
      return row ? approvalFromRow(row) : null;
    },

    async countByStatus() {
      const rows = await db
        .selectFrom('approvals')
        .select(['status', sql<number>`count(*)::int`.as('count')])
        .groupBy('status')
        .execute();
      const counts: Record<ApprovalStatus, number> = { pending: 0, approved: 0, rejected: 0, expired: 0 };
      for (const row of rows) counts[row.status as ApprovalStatus] = row.count;
      return counts;
    },
  };
}
