import type { ErasureCounts, VendorPropagation } from '../ports/compliance-store.js';
import { canonicalEmail } from './canonical-email.js';
import type { ComplianceDependencies } from './compliance-dependencies.js';
import { dsarAuditEvent, type SubjectRequest } from './export-subject-data.js';

/** What an erasure did (GDPR-2). */
export interface SubjectErasure {
  requestId: string;
  counts: ErasureCounts;
  /** One pending item per configured vendor, or a single `not_applicable` item when none is configured. */
  vendorPropagation: VendorPropagation[];
}

/**
 * GDPR-2 erasure: logs the request (GDPR-4), suppresses the address first (so a crash half-way
 * still never contacts them again), deletes and scrubs the person everywhere in the database, keeps
 * only the salted hash in the suppression list, records vendor propagation as pending per configured
 * vendor, and stamps the request completed. Idempotent: erasing twice finds nothing the second time.
 *
 * @throws CaioError `input_invalid` when `email` is not an email address.
 */
export async function eraseSubjectData(
  dependencies: ComplianceDependencies,
  request: SubjectRequest,
): Promise<SubjectErasure> {
  const emailKey = canonicalEmail(request.email);
  const { compliance, clock } = dependencies;
  const id = dependencies.newId();
  await compliance.openDsar({
    id,
    kind: 'erase',
    subjectHash: compliance.subjectHash(emailKey),
    channel: request.channel,
    requestedBy: request.requestedBy,
    receivedAt: clock.now(),
    vendorPropagation: [],
  });
  await compliance.applyOptOut({ emailKey, source: 'gdpr_erasure', reason: 'GDPR erasure', at: clock.now() });
  const counts = await compliance.eraseSubject(emailKey);
  const vendorPropagation: VendorPropagation[] =
    dependencies.vendors.length > 0
      ? dependencies.vendors.map((vendor) => ({ vendor, status: 'pending' }))
      : [{ vendor: 'none', status: 'not_applicable' }];
  const completedAt = clock.now();
  const summary = `erased ${counts.leadsDeleted} leads; vendors: ${vendorPropagation.map((item) => `${item.vendor}=${item.status}`).join(', ')}`;
  await compliance.completeDsar({ id, completedAt, outcome: 'erased', vendorPropagation });
  await dependencies.audit.record([dsarAuditEvent('gdpr_erase', id, request.requestedBy, completedAt, summary)]);
  return { requestId: id, counts, vendorPropagation };
}
