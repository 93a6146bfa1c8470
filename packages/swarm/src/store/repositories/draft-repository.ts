import { sql, type Kysely } from 'kysely';
import type { DraftStatus } from '../../domain/draft.js';
import type { StoreTransaction } from '../../ports/job-queue.js';
import type { DraftListFilter, DraftRepository, StoredDraft } from '../../ports/pipeline-store.js';
import { chunked } from '../batching.js';
import { afterCursor, toKeysetPage } from '../keyset-page.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';
import { draftFromRow } from './row-mappers.js';
import { bindTransaction } from './transaction-binding.js';

/** Draft statuses that block crafting a new draft for the same lead and step. */
const liveStatuses: readonly DraftStatus[] = ['proposed', 'pending_approval', 'approved', 'sent'];

/** Kysely implementation of {@link DraftRepository}. */
export function createDraftRepository(db: Kysely<Database>): DraftRepository {
  return {
    async insertMany(drafts: readonly StoredDraft[]): Promise<void> {
      for (const chunk of chunked(drafts)) {
        await db
          .insertInto('drafts')
          .values(
            chunk.map((draft) => ({
              id: draft.id,
              lead_id: draft.leadId,
              run_id: draft.runId,
              sequence_step: draft.sequenceStep,
              angle_id: draft.angleId,
              status: draft.status,
              subject_a: draft.subjectA,
              subject_b: draft.subjectB,
              body: draft.body,
              evidence: toJson(draft.evidence),
              fingerprint: draft.fingerprint,
              edited_subject_a: draft.edited.subjectA,
              edited_subject_b: draft.edited.subjectB,
              edited_body: draft.edited.body,
              guard: toJson(draft.guard),
              conversation: draft.conversation ? toJson(draft.conversation) : null,
              created_at: draft.createdAt,
            })),
          )
          .execute();
      }
    },

    async leadsWithLiveDraft(leadIds: readonly string[], step: number): Promise<Set<string>> {
      const found = new Set<string>();
      for (const chunk of chunked(leadIds, 5000)) {
        if (chunk.length === 0) continue;
        const rows = await db
          .selectFrom('drafts')
          .select('lead_id')
          .where('lead_id', 'in', chunk)
          .where('sequence_step', '=', step)
          .where('status', 'in', liveStatuses)
          .execute();
        for (const row of rows) found.add(row.lead_id);
      }
      return found;
    },

    async setStatus(id: string, status: DraftStatus, transaction?: StoreTransaction): Promise<void> {
      await bindTransaction(db, transaction)
        .updateTable('drafts')
        .set({ status, updated_at: sql<Date>`now()` })
        .where('id', '=', id)
        .execute();
    },

    async findById(id: string): Promise<StoredDraft | null> {
      const row = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? draftFromRow(row) : null;
    },

    async list(filter: DraftListFilter) {
      let query = db.selectFrom('drafts');
      if (filter.status) query = query.where('status', '=', filter.status);
      const { total } = await query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
      let page = query.selectAll();
      if (filter.cursor) page = page.where(afterCursor(filter.cursor));
      const rows = await page
        .orderBy('created_at')
        .orderBy('id')
        .limit(filter.limit + 1)
        .execute();
      const { items, nextCursor } = toKeysetPage(rows, filter.limit, draftFromRow);
      return { items, total, nextCursor };
    },
  };
}
