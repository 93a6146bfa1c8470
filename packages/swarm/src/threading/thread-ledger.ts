// The thread-ledger types live in ports/ so the store can implement them; re-exported for the slice's callers.
export type { KnownMessage, LedgerEntry, ThreadLedger, ThreadLedgerRecord } from '../ports/thread-ledger-store.js';
