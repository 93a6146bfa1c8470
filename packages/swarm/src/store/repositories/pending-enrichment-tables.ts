import type { ColumnType } from 'kysely';

/** `pending_enrichments` (migration 0011): one asynchronous enrichment awaiting its result (SPEC §3.2). */
export interface PendingEnrichmentsTable {
  provider: string;
  correlation_id: string;
  lead_id: string;
  requested_at: ColumnType<Date, Date | string, Date | string>;
  completed_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

/** The tables migration 0011 adds, for `Database` in `store/schema.ts`. */
export interface PendingEnrichmentTables {
  pending_enrichments: PendingEnrichmentsTable;
}
