import { CaioError } from '../../domain/errors.js';
import type { MailboxWatcher, MailboxWatchEnd, MailboxWatchSession } from '../../ports/mailbox-watcher.js';
import { createImapClient, imapConnectionProblems, type ImapConnectionSettings } from './create-imap-client.js';
import { mapImapError } from './imap-error-mapper.js';

/** Settings of {@link createImapIdleWatcher}; resolved by `config/`, never read from the environment here. */
export interface ImapIdleWatcherSettings extends ImapConnectionSettings {
  /** Mailbox to watch. Default `INBOX`. */
  mailbox?: string;
  /** Connect and greeting timeout in ms. Default 10 000 (RES-2). */
  timeoutMs?: number;
  /**
   * How long one IDLE command runs before it is ended with DONE and re-issued, in ms. Default 240 000
   * (4 min): RFC 2177 §3 asks clients to re-issue IDLE at least every 29 minutes, and re-issuing before
   * imapflow's 5-minute socket inactivity watchdog keeps a quiet session from being taken for dead.
   */
  maxIdleMs?: number;
}

/**
 * The IMAP IDLE watcher (RFC 2177; issue 6 "Mailboxes": IDLE where supported) on imapflow: one dedicated
 * connection per `watch` call, the mailbox opened read-only (EXAMINE, so no `\Seen` flag changes), then
 * IDLE until the session's signal aborts or the connection drops. Each untagged `EXISTS` that grows the
 * message count calls `onNewMail`; reading the mail stays with the inbox reader.
 *
 * @throws CaioError `config_invalid` naming each {@link imapConnectionProblems} (blank host/user/password, bad port); `watch` rejects as {@link mapImapError}
 *   when connecting, logging in or selecting fails, and with retryable `vendor_error` when an established
 *   session drops.
 */
export function createImapIdleWatcher(settings: ImapIdleWatcherSettings): MailboxWatcher {
  const mailbox = settings.mailbox ?? 'INBOX';
  const problems = imapConnectionProblems(settings);
  if (problems.length > 0) {
    throw new CaioError(
      'config_invalid',
      `IMAP IDLE watcher: ${problems.join('; ')}. Fix the config file or environment.`,
    );
  }
  return {
    async watch(session: MailboxWatchSession): Promise<MailboxWatchEnd> {
      // IDLE is started by hand right after EXAMINE; auto-IDLE would wait 15 s of inactivity first.
      const client = createImapClient(settings, settings.timeoutMs ?? 10_000, {
        maxIdleTime: settings.maxIdleMs ?? 240_000,
      });
      let connectionError: unknown = null;
      // Without a listener an 'error' event would crash the process; it is reported through the rejection.
      client.on('error', (error: unknown) => {
        connectionError ??= error;
      });
      const close = () => client.close();
      if (session.signal.aborted) return 'stopped';
      session.signal.addEventListener('abort', close, { once: true });
      try {
        await client.connect();
        if (!client.capabilities.has('IDLE')) {
          await client.logout();
          return 'unsupported';
        }
        await client.mailboxOpen(mailbox, { readOnly: true });
        client.on('exists', (event: { count: number; prevCount: number }) => {
          if (event.count > event.prevCount) session.onNewMail();
        });
        session.onReady();
        // Returns when the connection closes (our abort or a drop), or false at once when IDLE is refused.
        const idled = await client.idle();
        if (session.signal.aborted) return 'stopped';
        if (idled === false && client.usable) {
          await client.logout();
          return 'unsupported';
        }
        throw connectionError ?? new Error('the IMAP server closed the IDLE connection');
      } catch (error) {
        if (session.signal.aborted) return 'stopped';
        throw mapImapError(error, mailbox);
      } finally {
        session.signal.removeEventListener('abort', close);
        if (!client.isClosed) client.close();
      }
    },
  };
}
