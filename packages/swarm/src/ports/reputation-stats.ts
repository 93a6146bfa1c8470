/** Outcomes of one sending domain's mail in a window (specs/security.md EM-6). */
export interface ReputationCounts {
  /** Emails sent from the domain's mailboxes. */
  sent: number;
  /** Hard (permanent) bounces of those sends. */
  bounced: number;
  /** Spam complaints about those sends. */
  complained: number;
}

/** An EM-6 pause of a sending domain: open until a human resumes it. */
export interface ReputationPause {
  sendingDomain: string;
  reason: string;
  counts: ReputationCounts;
  pausedAt: Date;
  resumedAt: Date | null;
  resumedBy: string | null;
}

/**
 * What the EM-6 reputation breaker reads and records per sending domain (lower-case From domain).
 * The store implementation derives counts from the outbox and the lead timeline.
 */
export interface ReputationStats {
  /** Sends, hard bounces and spam complaints attributed to `sendingDomain` from `since` (UTC) to now. */
  countsFor(sendingDomain: string, since: Date): Promise<ReputationCounts>;
  /** The domain's most recent pause (open or resumed), or null when it was never paused. */
  latestPause(sendingDomain: string): Promise<ReputationPause | null>;
  /** Opens a pause; a no-op while the domain already has an open one. */
  pause(entry: { sendingDomain: string; reason: string; counts: ReputationCounts; at: Date }): Promise<void>;
  /** Closes the open pause after human review; false when the domain was not paused. */
  resume(entry: { sendingDomain: string; by: string; at: Date }): Promise<boolean>;
}
