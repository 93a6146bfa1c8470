import type { Kysely } from 'kysely';
import type { ScoreRecord, ScoreRepository } from '../../ports/pipeline-store.js';
import { chunked } from '../batching.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';
import { scoreFromRow } from './row-mappers.js';

/** Kysely implementation of {@link ScoreRepository}: every scoring is kept with its components and reasons. */
export function createScoreRepository(db: Kysely<Database>): ScoreRepository {
  return {
    async recordMany(records: readonly ScoreRecord[]): Promise<void> {
      for (const chunk of chunked(records)) {
        await db
          .insertInto('scores')
          .values(
            chunk.map(({ leadId, runId, result, scoredAt }) => ({
              lead_id: leadId,
              run_id: runId,
              score: Math.round(result.score),
              tier: result.tier,
              components: toJson(result.components),
              multipliers: toJson(result.multipliers),
              intent_score: Math.round(result.intentScore),
              reasons: toJson(result.reasons),
              disqualification: toJson(result.disqualification),
              scored_at: scoredAt,
            })),
          )
          .execute();
      }
    },

    async latestForLead(leadId: string): Promise<ScoreRecord | null> {
      const row = await db
        .selectFrom('scores')
        .selectAll()
        .where('lead_id', '=', leadId)
        .orderBy('scored_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      if (!row) return null;
      return {
        leadId: row.lead_id,
        runId: row.run_id,
        scoredAt: row.scored_at,
        result: scoreFromRow(row),
      };
    },
  };
}
