/** Kinds of exclusion entry (SPEC §3.7 exclusion lists). */
export type ExclusionKind = 'customer_domain' | 'competitor_domain' | 'email';

/**
 * One exclusion entry. `value` is a lower-case host for domain kinds (it excludes its apex and every
 * subdomain) or a canonical (trimmed, lower-cased) address for `email`.
 */
export interface ExclusionEntry {
  kind: ExclusionKind;
  value: string;
  /** Where it came from, e.g. `import:customers.csv`, `config`, `cli`. */
  source: string;
  note: string | null;
}

/** A stored exclusion entry. */
export interface StoredExclusionEntry extends ExclusionEntry {
  id: string;
  createdAt: Date;
}

/** The lists the send policy compiles (structurally `ExclusionLists` of `outbound/policy`). */
export interface ExclusionListSnapshot {
  customerDomains: string[];
  competitorDomains: string[];
  emails: string[];
}

/** The exclusion lists kept in the database (SPEC §3.7; `caio exclude import`). */
export interface ExclusionListStore {
  /**
   * Adds entries; an entry whose `(kind, value)` is already stored is left as it was.
   * @returns which entries were new and which were already there, in input order.
   */
  addMany(entries: readonly ExclusionEntry[]): Promise<{ added: ExclusionEntry[]; duplicates: ExclusionEntry[] }>;
  /** Every stored entry grouped as the send policy needs it. */
  loadLists(): Promise<ExclusionListSnapshot>;
  /** Stored entries, oldest first, optionally of one kind; at most `limit` (default 1000). */
  list(filter?: { kind?: ExclusionKind; limit?: number }): Promise<StoredExclusionEntry[]>;
  /** Removes one entry; false when it was not stored. */
  remove(kind: ExclusionKind, value: string): Promise<boolean>;
}
