import { sql, type Kysely } from 'kysely';
import type { DraftRatingAverages, DraftRatingRepository } from '../../ports/approval-desk-store.js';
import type { ApprovalDeskDatabase } from './approval-desk-tables.js';

const dimensions = ['personalisation', 'subject', 'value', 'cta', 'tone'] as const;

function rounded(value: number | string | null): number | null {
  return value === null ? null : Math.round(Number(value) * 100) / 100;
}

/** Kysely implementation of {@link DraftRatingRepository}: upsert per (draft, rater), averages in SQL. */
export function createDraftRatingRepository(db: Kysely<ApprovalDeskDatabase>): DraftRatingRepository {
  return {
    async upsert(rating) {
      const values = {
        draft_id: rating.draftId,
        rater: rating.rater,
        ...rating.scores,
        rated_at: rating.ratedAt,
      };
      await db
        .insertInto('draft_ratings')
        .values(values)
        .onConflict((conflict) =>
          conflict.columns(['draft_id', 'rater']).doUpdateSet({ ...rating.scores, rated_at: rating.ratedAt }),
        )
        .execute();
    },

    async averages(draftId?: string): Promise<DraftRatingAverages> {
      let query = db
        .selectFrom('draft_ratings')
        .select([
          sql<number>`count(*)::int`.as('count'),
          ...dimensions.map((dimension) => sql<string | null>`avg(${sql.ref(dimension)})`.as(dimension)),
          sql<string | null>`avg((personalisation + subject + value + cta + tone) / 5.0)`.as('overall'),
        ]);
      if (draftId) query = query.where('draft_id', '=', draftId);
      const row = (await query.executeTakeFirstOrThrow()) as Record<string, number | string | null>;
      return {
        count: Number(row.count),
        averages: {
          personalisation: rounded(row.personalisation ?? null),
          subject: rounded(row.subject ?? null),
          value: rounded(row.value ?? null),
          cta: rounded(row.cta ?? null),
          tone: rounded(row.tone ?? null),
          overall: rounded(row.overall ?? null),
        },
      };
    },
  };
}
