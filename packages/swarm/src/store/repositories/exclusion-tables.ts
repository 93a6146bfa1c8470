import type { ColumnType, Generated } from 'kysely';
import type { Database } from '../schema.js';

/** `exclusion_entries` (migration 0009): one excluded domain or address (SPEC §3.7 exclusion lists). */
export interface ExclusionEntriesTable {
  id: Generated<string>;
  /** `customer_domain`, `competitor_domain` or `email`. */
  kind: string;
  /** A lower-case host (apex or subdomain) or a canonical email address. */
  value: string;
  /** Where it came from, e.g. `import:customers.csv` or `cli`. */
  source: string;
  note: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

/** `reputation_pauses` (migration 0009): a sending domain paused by the EM-6 breaker until a human resumes it. */
export interface ReputationPausesTable {
  id: Generated<string>;
  sending_domain: string;
  reason: string;
  sent: number;
  bounced: number;
  complained: number;
  paused_at: Date;
  resumed_at: Date | null;
  resumed_by: string | null;
}

/** The foundation schema plus migration 0009's tables; only the exclusion and reputation repositories use it. */
export interface ExclusionDatabase extends Database {
  exclusion_entries: ExclusionEntriesTable;
  reputation_pauses: ReputationPausesTable;
}
