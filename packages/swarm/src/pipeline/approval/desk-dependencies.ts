import type { ApprovalDeskStore } from '../../ports/approval-desk-store.js';
import type { ApprovalDeskDependencies } from './decide-approval.js';

/**
 * What the approval desk's use cases need beyond approve/reject: the desk store (queue, edits,
 * batches, ratings), an id source, and how long a frozen batch stays executable (milliseconds).
 */
export interface DeskDependencies extends ApprovalDeskDependencies {
  desk: ApprovalDeskStore;
  newId: () => string;
  /** Lifetime of a frozen batch in ms (default 15 min in the server; SPEC §3.6 asks for "an expiry"). */
  batchTtlMs: number;
}
