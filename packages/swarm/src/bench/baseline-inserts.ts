import { sql, type Kysely } from 'kysely';
import { createCsvLeadRecordSource } from '../adapters/csv/index.js';
import { migrateToLatest, type Database } from '../store/index.js';

/** Tables in foreign-key order, as the pipeline fills them. */
export const pipelineTables = [
  'runs',
  'leads',
  'companies',
  'enrichment_results',
  'scores',
  'drafts',
  'approvals',
  'outbox',
  'audit_events',
  'rejected_rows',
  'stage_results',
] as const;

type Row = Record<string, unknown>;

/** Reads every row the pipeline wrote, ready to be inserted again (JSON columns re-serialised). */
export async function snapshotPipelineRows(db: Kysely<Database>): Promise<Map<string, Row[]>> {
  const snapshot = new Map<string, Row[]>();
  for (const table of pipelineTables) {
    const result = await sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(db);
    snapshot.set(
      table,
      result.rows.map((row) => {
        const copy: Row = {};
        for (const [key, value] of Object.entries(row)) {
          if (key === 'id' && typeof value === 'number') continue;
          copy[key] =
            value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
        }
        return copy;
      }),
    );
  }
  return snapshot;
}

/**
 * The same-run baseline: parse the same CSV with the same reader and insert the same rows per table,
 * in the same batch size, into a fresh schema of the same database. What remains between this and the
 * pipeline is the pipeline's own work (validation, scoring, drafting, rendering, policy, updates).
 */
export async function runBaseline(
  db: Kysely<Database>,
  csvPath: string,
  snapshot: Map<string, Row[]>,
  schema: string,
): Promise<number> {
  await sql.raw(`CREATE SCHEMA ${schema}`).execute(db);
  await sql.raw(`SET search_path TO ${schema}, public`).execute(db);
  await migrateToLatest(db as Kysely<unknown>, { schema });
  const started = performance.now();
  let records = 0;
  for await (const record of createCsvLeadRecordSource(csvPath).records()) if (record) records += 1;
  for (const table of pipelineTables) {
    const rows = snapshot.get(table) ?? [];
    for (let start = 0; start < rows.length; start += 500) {
      await db
        .insertInto(table as keyof Database)
        .values(rows.slice(start, start + 500) as never)
        .execute();
    }
  }
  const elapsed = performance.now() - started;
  await sql.raw('SET search_path TO public').execute(db);
  return records >= 0 ? elapsed : elapsed;
}
