import type { JSONColumnType } from 'kysely';
import type { ApprovalDeskDatabase } from './approval-desk-tables.js';

/** `dsar_requests` (migration 0006): one row per data-subject request (specs/security.md GDPR-4). */
export interface DsarRequestsTable {
  id: string;
  kind: string;
  subject_hash: string;
  channel: string;
  requested_by: string;
  received_at: Date;
  completed_at: Date | null;
  outcome: string | null;
  vendor_propagation: JSONColumnType<{ vendor: string; status: string }[], string, string>;
}

/** The schema the compliance repositories see: foundation, approval desk and `dsar_requests`. */
export interface ComplianceDatabase extends ApprovalDeskDatabase {
  dsar_requests: DsarRequestsTable;
}
