import type { Kysely } from 'kysely';
import type { StoreTransaction } from '../../ports/job-queue.js';
import type { Evidence } from '../../domain/evidence.js';
import type { RejectionMemoryRepository, StoredRejection } from '../../ports/pipeline-store.js';
import { chunked } from '../batching.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';
import { bindTransaction } from './transaction-binding.js';

/** Kysely implementation of {@link RejectionMemoryRepository} (GUARD-001/002 inputs, SPEC §3.5). */
export function createRejectionMemoryRepository(db: Kysely<Database>): RejectionMemoryRepository {
  return {
    async record(entry: StoredRejection, transaction?: StoreTransaction): Promise<void> {
      await bindTransaction(db, transaction)
        .insertInto('rejection_memory')
        .values({
          lead_id: entry.leadId,
          draft_id: entry.draftId,
          angle_id: entry.angleId,
          fingerprint: entry.draftFingerprint,
          evidence: toJson(entry.evidence),
          reason: entry.reason,
          rejected_at: entry.rejectedAt,
        })
        .execute();
    },

    async forLeads(leadIds: readonly string[], since: Date): Promise<Map<string, StoredRejection[]>> {
      const memory = new Map<string, StoredRejection[]>();
      for (const chunk of chunked(leadIds, 5000)) {
        if (chunk.length === 0) continue;
        const rows = await db
          .selectFrom('rejection_memory')
          .selectAll()
          .where('lead_id', 'in', chunk)
          .where('rejected_at', '>=', since)
          .execute();
        for (const row of rows) {
          const entries = memory.get(row.lead_id) ?? [];
          entries.push({
            leadId: row.lead_id,
            draftId: row.draft_id,
            angleId: row.angle_id,
            draftFingerprint: row.fingerprint,
            evidence: row.evidence as Evidence[],
            reason: row.reason,
            rejectedAt: row.rejected_at,
          });
          memory.set(row.lead_id, entries);
        }
      }
      return memory;
    },
  };
}
