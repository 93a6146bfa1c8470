import type { Kysely } from 'kysely';
import type { CompanyProfile } from '../../domain/company.js';
import type { IntentSignal } from '../../domain/signal.js';
import type { EnrichmentRecord, EnrichmentRepository } from '../../ports/pipeline-store.js';
import { chunked } from '../batching.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';

/** Kysely implementation of {@link EnrichmentRepository}: an append-only history per lead. */
export function createEnrichmentRepository(db: Kysely<Database>): EnrichmentRepository {
  return {
    async recordMany(records: readonly EnrichmentRecord[]): Promise<void> {
      for (const chunk of chunked(records)) {
        await db
          .insertInto('enrichment_results')
          .values(
            chunk.map((record) => ({
              lead_id: record.leadId,
              run_id: record.runId,
              provider: record.provider,
              fetched_at: record.fetchedAt,
              from_cache: record.fromCache,
              company: toJson(record.company),
              person: toJson(record.person),
              signals: toJson(record.signals),
              attempts: toJson(record.attempts),
              skipped_reason: record.skippedReason,
            })),
          )
          .execute();
      }
    },

    async latestForLead(leadId: string): Promise<EnrichmentRecord | null> {
      const row = await db
        .selectFrom('enrichment_results')
        .selectAll()
        .where('lead_id', '=', leadId)
        .orderBy('fetched_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      if (!row) return null;
      return {
        leadId: row.lead_id,
        runId: row.run_id,
        provider: row.provider,
        fetchedAt: row.fetched_at,
        fromCache: row.from_cache,
        company: row.company as unknown as CompanyProfile,
        person: row.person,
        signals: row.signals as IntentSignal[],
        attempts: row.attempts,
        skippedReason: row.skipped_reason,
      };
    },
  };
}
