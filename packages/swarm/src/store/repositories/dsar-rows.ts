import type { Kysely } from 'kysely';
import type { DsarKind, DsarRequest, VendorPropagation } from '../../ports/compliance-store.js';
import { toJson } from '../schema.js';
import type { ComplianceDatabase } from './compliance-tables.js';

/** GDPR-4: logs a received data-subject request. */
export async function insertDsar(
  db: Kysely<ComplianceDatabase>,
  request: Omit<DsarRequest, 'completedAt' | 'outcome'>,
): Promise<void> {
  await db
    .insertInto('dsar_requests')
    .values({
      id: request.id,
      kind: request.kind,
      subject_hash: request.subjectHash,
      channel: request.channel,
      requested_by: request.requestedBy,
      received_at: request.receivedAt,
      vendor_propagation: toJson(request.vendorPropagation),
    })
    .execute();
}

/** GDPR-4: stamps a request completed, with its outcome and (optionally) vendor propagation. */
export async function completeDsarRow(
  db: Kysely<ComplianceDatabase>,
  update: { id: string; completedAt: Date; outcome: string; vendorPropagation?: VendorPropagation[] },
): Promise<void> {
  await db
    .updateTable('dsar_requests')
    .set({
      completed_at: update.completedAt,
      outcome: update.outcome,
      ...(update.vendorPropagation ? { vendor_propagation: toJson(update.vendorPropagation) } : {}),
    })
    .where('id', '=', update.id)
    .execute();
}

/** GDPR-4: every request, newest first. */
export async function listDsarRows(db: Kysely<ComplianceDatabase>): Promise<DsarRequest[]> {
  const rows = await db.selectFrom('dsar_requests').selectAll().orderBy('received_at', 'desc').execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as DsarKind,
    subjectHash: row.subject_hash,
    channel: row.channel,
    requestedBy: row.requested_by,
    receivedAt: row.received_at,
    completedAt: row.completed_at,
    outcome: row.outcome,
    vendorPropagation: row.vendor_propagation as VendorPropagation[],
  }));
}
