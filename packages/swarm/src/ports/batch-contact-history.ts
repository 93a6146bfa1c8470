import type { ContactRecord } from './contact-history.js';

/** {@link ContactHistory} for many people in one read (the send worker's batch path, SPEC §3.7 dedup). */
export interface BatchContactHistory {
  /** Touches per canonical email key (lower-case); a key without touches is absent from the map. */
  contactsOfMany(emailKeys: readonly string[]): Promise<ReadonlyMap<string, readonly ContactRecord[]>>;
}
