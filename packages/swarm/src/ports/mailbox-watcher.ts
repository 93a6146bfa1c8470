/**
 * How one {@link MailboxWatcher.watch} session ended without failing: `unsupported` = the server does not
 * advertise IMAP IDLE (RFC 2177) or refused it, so the caller keeps to interval polling; `stopped` = the
 * caller's signal aborted it.
 */
export type MailboxWatchEnd = 'unsupported' | 'stopped';

/** The callbacks and stop signal of one {@link MailboxWatcher.watch} session. */
export interface MailboxWatchSession {
  /**
   * New messages arrived (the server's untagged `EXISTS` grew). Called synchronously from the connection's
   * event handler: enqueue work and return; never throw.
   */
  onNewMail(): void;
  /** The session is connected and idling: new mail is now pushed. Resets the caller's reconnect backoff. */
  onReady(): void;
  /** Aborting closes the connection; `watch` then resolves `stopped`. */
  signal: AbortSignal;
}

/**
 * Push notification of new mail in one mailbox (issue 6 "Mailboxes": IDLE where supported). The watcher
 * only says "something arrived"; reading stays with the `InboxReader` poll, so a missed notification costs
 * latency, never mail. Implemented over a dedicated IMAP connection in `adapters/imap`.
 */
export interface MailboxWatcher {
  /**
   * Opens a connection, selects the mailbox and idles until the signal aborts or the connection fails.
   *
   * @returns `unsupported` when the server has no IDLE, `stopped` after the signal aborted.
   * @throws CaioError when the connection cannot be opened or drops (codes as the IMAP reader's: `timeout`,
   *   `permission_denied`, `config_invalid`, `vendor_error`…); the caller reconnects with backoff.
   */
  watch(session: MailboxWatchSession): Promise<MailboxWatchEnd>;
}
