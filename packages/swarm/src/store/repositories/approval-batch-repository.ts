import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Tier } from '../../domain/lead.js';
import type { ApprovalBatch, ApprovalBatchRepository, ApprovalBatchStatus } from '../../ports/approval-desk-store.js';
import type { ApprovalStatus } from '../../ports/pipeline-store.js';
import { toJson } from '../schema.js';
import type { ApprovalBatchesTable, ApprovalDeskDatabase } from './approval-desk-tables.js';

function batchFromRow(row: Selectable<ApprovalBatchesTable>): ApprovalBatch {
  return {
    id: row.id,
    filter: row.filter as { tier?: Tier; status?: ApprovalStatus },
    items: row.items,
    previewHash: row.preview_hash,
    status: row.status as ApprovalBatchStatus,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    executedBy: row.executed_by,
    executedAt: row.executed_at,
    result: row.result,
  };
}

/** Kysely implementation of {@link ApprovalBatchRepository}; status steps are compare-and-set. */
export function createApprovalBatchRepository(db: Kysely<ApprovalDeskDatabase>): ApprovalBatchRepository {
  /** Applies `change` only while the batch is still in status `from`; null when it was not. */
  async function advance(
    id: string,
    from: ApprovalBatchStatus,
    change: Updateable<ApprovalBatchesTable>,
  ): Promise<ApprovalBatch | null> {
    const row = await db
      .updateTable('approval_batches')
      .set(change)
      .where('id', '=', id)
      .where('status', '=', from)
      .returningAll()
      .executeTakeFirst();
    return row ? batchFromRow(row) : null;
  }

  return {
    async insert(batch) {
      await db
        .insertInto('approval_batches')
        .values({
          id: batch.id,
          filter: toJson(batch.filter),
          items: toJson(batch.items),
          preview_hash: batch.previewHash,
          status: batch.status,
          created_by: batch.createdBy,
          created_at: batch.createdAt,
          expires_at: batch.expiresAt,
          approved_by: batch.approvedBy,
          approved_at: batch.approvedAt,
          executed_by: batch.executedBy,
          executed_at: batch.executedAt,
          result: batch.result ? toJson(batch.result) : null,
        })
        .execute();
    },

    async findById(id) {
      const row = await db.selectFrom('approval_batches').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? batchFromRow(row) : null;
    },

    markApproved(id, decision) {
      return advance(id, 'frozen', { status: 'approved', approved_by: decision.by, approved_at: decision.at });
    },

    markExecuted(id, decision) {
      return advance(id, 'approved', { status: 'executed', executed_by: decision.by, executed_at: decision.at });
    },

    async recordResult(id, result) {
      await db
        .updateTable('approval_batches')
        .set({ result: toJson(result) })
        .where('id', '=', id)
        .execute();
    },
  };
}
