import type { AuditEvent } from '../ports/audit-log.js';
import type { SubjectRecords } from '../ports/compliance-store.js';
import { canonicalEmail } from './canonical-email.js';
import type { ComplianceDependencies } from './compliance-dependencies.js';

/** A data-subject request as made through the CLI or the API (identity verified by the operator). */
export interface SubjectRequest {
  email: string;
  /** `cli` or `api`. */
  channel: string;
  /** The operator or API token name handling it. */
  requestedBy: string;
}

/** GDPR-1's machine-readable export. */
export interface SubjectExport {
  format: 'caio-gdpr-export/v1';
  requestId: string;
  subject: { email: string };
  /** ISO-8601 UTC. */
  generatedAt: string;
  /** Rows per table: leads, enrichment_results, scores, drafts, draft_ratings, approvals, outbox, … */
  records: SubjectRecords;
}

/** An audit event for a DSAR: target is the request id, never the person (PII-5). */
export function dsarAuditEvent(
  action: string,
  requestId: string,
  actor: string,
  at: Date,
  summary: string,
): AuditEvent {
  return {
    at,
    agent: 'QUEEN',
    action,
    target: `dsar:${requestId}`,
    actor,
    inputSummary: null,
    outputSummary: summary,
    approvalStatus: null,
    evidence: [],
    durationMs: 0,
    outcome: 'executed',
    reasonCode: null,
    idempotencyKey: null,
    runId: null,
  };
}

/**
 * GDPR-1 access request: logs the request (GDPR-4), collects everything held about the person and
 * stamps the request completed. The subject appears in the log only as the salted hash.
 *
 * @throws CaioError `input_invalid` when `email` is not an email address.
 */
export async function exportSubjectData(
  dependencies: ComplianceDependencies,
  request: SubjectRequest,
): Promise<SubjectExport> {
  const emailKey = canonicalEmail(request.email);
  const { compliance, clock } = dependencies;
  const id = dependencies.newId();
  const receivedAt = clock.now();
  await compliance.openDsar({
    id,
    kind: 'export',
    subjectHash: compliance.subjectHash(emailKey),
    channel: request.channel,
    requestedBy: request.requestedBy,
    receivedAt,
    vendorPropagation: [],
  });
  const records = await compliance.exportSubject(emailKey);
  const completedAt = clock.now();
  const rowCount = Object.values(records).reduce((sum, rows) => sum + rows.length, 0);
  await compliance.completeDsar({ id, completedAt, outcome: `exported ${rowCount} rows` });
  await dependencies.audit.record([
    dsarAuditEvent('gdpr_export', id, request.requestedBy, completedAt, `exported ${rowCount} rows`),
  ]);
  return {
    format: 'caio-gdpr-export/v1',
    requestId: id,
    subject: { email: emailKey },
    generatedAt: completedAt.toISOString(),
    records,
  };
}
