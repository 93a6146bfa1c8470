/**
 * Where an opt-out came from (specs/security.md EM-4): the one-click POST (RFC 8058), the link's
 * confirmation form, a reply classified "stop/unsubscribe/remove", a vendor unsubscribe webhook, a
 * GDPR objection or erasure, or an operator.
 */
export type OptOutSource =
  'one_click' | 'link_form' | 'reply_intent' | 'vendor_webhook' | 'gdpr_objection' | 'gdpr_erasure' | 'operator';

/** What `applyOptOut` changed: the leads moved to `unsubscribed` and whether the address was new to the list. */
export interface OptOutEffect {
  leadIds: string[];
  newlySuppressed: boolean;
}

/** Kinds of data-subject request handled here (specs/security.md GDPR-1, GDPR-2). */
export type DsarKind = 'export' | 'erase';

/** Propagation of an erasure to one vendor (GDPR-2): pending until the vendor confirms. */
export interface VendorPropagation {
  vendor: string;
  status: 'pending' | 'confirmed' | 'not_applicable';
}

/** One logged data-subject request (GDPR-4). The subject is only the salted suppression hash. */
export interface DsarRequest {
  id: string;
  kind: DsarKind;
  subjectHash: string;
  /** `cli` or `api`. */
  channel: string;
  requestedBy: string;
  receivedAt: Date;
  completedAt: Date | null;
  outcome: string | null;
  vendorPropagation: VendorPropagation[];
}

/** Everything held about one person, table by table (GDPR-1); rows are plain JSON objects. */
export type SubjectRecords = Record<string, Record<string, unknown>[]>;

/** What an erasure removed: rows deleted or scrubbed per table (GDPR-2). */
export interface ErasureCounts {
  leadsDeleted: number;
  rowsDeleted: Record<string, number>;
  rowsScrubbed: Record<string, number>;
}

/**
 * The compliance side of the store (SPEC §15, EM-4, GDPR-1/2/4). Every method is one transaction.
 * `emailKey` is the canonical (trimmed, lower-cased) address.
 */
export interface ComplianceStore {
  /**
   * EM-4 in one transaction: adds the address to the suppression list (salted hash), moves every lead
   * with that address to the terminal `unsubscribed` status, and stores the domain event
   * `opt-out-received {address, source}`.
   */
  applyOptOut(input: { emailKey: string; source: OptOutSource; reason: string; at: Date }): Promise<OptOutEffect>;
  /** GDPR-1: every row that names the person, grouped by table; the suppression entry as hash only. */
  exportSubject(emailKey: string): Promise<SubjectRecords>;
  /**
   * GDPR-2: deletes the person's leads (and every row referencing them), their audit events and
   * person-keyed cache entries, scrubs any remaining mention of the email, phone or name from every
   * text column of the schema, and keeps only the salted hash in `suppression_entries`.
   */
  eraseSubject(emailKey: string): Promise<ErasureCounts>;
  /** The salted suppression hash of an address (what `dsar_requests` stores). */
  subjectHash(emailKey: string): string;
  /** GDPR-4: logs a received request. */
  openDsar(request: Omit<DsarRequest, 'completedAt' | 'outcome'>): Promise<void>;
  /** GDPR-4: marks a request completed. */
  completeDsar(update: {
    id: string;
    completedAt: Date;
    outcome: string;
    vendorPropagation?: VendorPropagation[];
  }): Promise<void>;
  /** GDPR-4: every logged request, newest first. */
  listDsars(): Promise<DsarRequest[]>;
}
