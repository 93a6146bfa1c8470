/** One earlier outbound touch of a person on some channel and platform. */
export interface ContactRecord {
  /** `email` or `linkedin`. */
  channel: string;
  /** The system that sent it, e.g. `smtp`, `instantly`, `heyreach`, `gohighlevel`. */
  platform: string;
  /** When it was sent or queued (UTC). */
  at: Date;
  /** The gateway idempotency key of that touch, so a retry of the same send is not mistaken for a second one. */
  idempotencyKey: string;
}

/** Touches per canonical email key across every channel and platform (SPEC §3.7 dedup). */
export interface ContactHistory {
  /** Every recorded touch of `emailKey` (the canonical lower-cased email), any order. */
  contactsOf(emailKey: string): Promise<readonly ContactRecord[]>;
}
