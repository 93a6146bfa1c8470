import type { CompanyProfile } from '../../domain/company.js';
import type { IntentSignal } from '../../domain/signal.js';

/** One company of the embedded data set with its signals, ready to hand out (never mutated). */
export interface EmbeddedCompanyRecord {
  /** `yc:<id>` or `sp500:<symbol>`. */
  readonly id: string;
  readonly company: Readonly<CompanyProfile>;
  readonly signals: readonly IntentSignal[];
}

/**
 * In-memory indexes over the embedded data (built once by `buildEmbeddedCompanyData`). Domain
 * and name indexes hold every record under a key; a key with several records is ambiguous.
 */
export interface EmbeddedCompanyData {
  readonly byId: ReadonlyMap<string, EmbeddedCompanyRecord>;
  /** Host without `www.` → records. */
  readonly byHost: ReadonlyMap<string, readonly EmbeddedCompanyRecord[]>;
  /** Registrable apex (for records whose host is a subdomain) → records. */
  readonly byApex: ReadonlyMap<string, readonly EmbeddedCompanyRecord[]>;
  /** `normaliseCompanyName` key → records. */
  readonly byName: ReadonlyMap<string, readonly EmbeddedCompanyRecord[]>;
}
