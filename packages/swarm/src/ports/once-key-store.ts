/**
 * Durable once-keys (specs/security.md WH-9 "execute once"): a key is claimed at most once, ever,
 * so a replayed Slack click or a re-run escalation job has no second effect, even after a restart.
 * Keys are namespaced strings such as `slack-approval:<approvalId>` or `escalation:<approvalId>:2`.
 */
export interface OnceKeyStore {
  /** Atomically claims `key`; true for the first claim, false when it was already claimed. */
  claim(key: string, claim: { actor: string; at: Date }): Promise<boolean>;
  /** Gives a claimed key back after its effect failed for a transient reason, so a retry may run. */
  release(key: string): Promise<void>;
  /** Which of `keys` are already claimed. */
  claimedAmong(keys: readonly string[]): Promise<Set<string>>;
}
