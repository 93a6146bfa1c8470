import { sql, type Kysely } from 'kysely';
import type { RunCounts, RunLog, RunReport } from '../../ports/run-log.js';
import { chunked } from '../batching.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';

/** Kysely implementation of {@link RunLog}: runs, per-stage results and every rejected row. */
export function createRunRepository(db: Kysely<Database>): RunLog {
  return {
    async start(run) {
      await db
        .insertInto('runs')
        .values({
          id: run.id,
          mode: run.mode,
          source: run.source,
          status: 'running',
          started_at: run.startedAt,
          report: '{}',
        })
        .execute();
    },

    async recordRejectedRows(runId, rows) {
      for (const chunk of chunked(rows)) {
        await db
          .insertInto('rejected_rows')
          .values(
            chunk.map((row) => ({
              run_id: runId,
              row_number: row.row,
              reason: row.reason,
              record: toJson(row.record),
            })),
          )
          .execute();
      }
    },

    async finish(report: RunReport) {
      await db.transaction().execute(async (transaction) => {
        await transaction
          .updateTable('runs')
          .set({ status: report.status, finished_at: new Date(report.finishedAt), report: toJson(report) })
          .where('id', '=', report.runId)
          .execute();
        if (report.stages.length > 0) {
          await transaction
            .insertInto('stage_results')
            .values(
              report.stages.map((stage, position) => ({
                run_id: report.runId,
                position,
                name: stage.name,
                status: stage.status,
                input: stage.input,
                output: stage.output,
                failed: stage.failed,
                duration_ms: Math.round(stage.durationMs),
                errors: toJson(stage.errors),
              })),
            )
            .execute();
        }
      });
    },

    async list(filter) {
      const { total } = await db
        .selectFrom('runs')
        .select(sql<number>`count(*)::int`.as('total'))
        .executeTakeFirstOrThrow();
      let query = db.selectFrom('runs').selectAll();
      if (filter.cursor) query = query.where('started_at', '<', new Date(filter.cursor));
      const rows = await query
        .orderBy('started_at', 'desc')
        .limit(filter.limit + 1)
        .execute();
      const items = rows.slice(0, filter.limit).map((row) => ({
        id: row.id,
        mode: row.mode,
        source: row.source,
        status: row.status,
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        counts: ((row.report as { counts?: RunCounts }).counts ?? null) as RunCounts | null,
      }));
      const last = items.at(-1);
      return { items, total, nextCursor: rows.length > filter.limit && last ? last.startedAt.toISOString() : null };
    },
  };
}
