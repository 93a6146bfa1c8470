import type { Clock } from '../../ports/clock.js';
import type { MailboxWatcher } from '../../ports/mailbox-watcher.js';

/** What {@link keepMailboxWatched} needs. */
export interface KeepMailboxWatchedOptions {
  watcher: MailboxWatcher;
  /** The mailbox's cursor key (`user@host/folder`), for log lines only. */
  mailbox: string;
  /** New mail arrived, or the watch reconnected after a gap in which mail may have arrived: enqueue a poll. */
  onNewMail: () => void;
  /** Aborting ends the watch (shutdown); the promise then resolves `stopped`. */
  signal: AbortSignal;
  /** Waits `delayMs`, resolving early when `signal` aborts. */
  sleep: (delayMs: number, signal: AbortSignal) => Promise<void>;
  /** Measures how long a session stayed up. */
  clock: Clock;
  /** Receives the few state-change lines (already free of secrets; the caller redacts PII). */
  log: (line: string) => void;
  /** First reconnect delay in ms (default 1 000); doubles per consecutive failure. */
  initialDelayMs?: number;
  /** Cap of the reconnect delay in ms (default 300 000 = 5 min), so a long outage retries every 5 minutes. */
  maxDelayMs?: number;
  /**
   * A session that idled at least this long (ms, default 60 000) resets the backoff; a server that accepts
   * IDLE and drops it at once therefore still backs off instead of being reconnected every second.
   */
  stableAfterMs?: number;
}

/**
 * Keeps one mailbox under IMAP IDLE for as long as `signal` lives (issue 6 "Mailboxes": IDLE where
 * supported, the interval poll as the safety net). A server without IDLE is logged once and left to the
 * interval poll. A failed or dropped connection is logged once per outage (the first failure after a
 * healthy session, then one line when IDLE is back) and retried after a capped exponential backoff
 * (`initialDelayMs · 2^(failures−1)`, at most `maxDelayMs`; no jitter: one connection per mailbox and
 * process). A session that stayed in IDLE for `stableAfterMs` resets the backoff. Reconnecting after a failure asks for one
 * catch-up poll, since mail that arrived in the gap raised no event.
 *
 * @returns `unsupported` or `stopped`; never rejects, so a watcher can not crash the process.
 */
export async function keepMailboxWatched(options: KeepMailboxWatchedOptions): Promise<'unsupported' | 'stopped'> {
  const initialDelayMs = options.initialDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 300_000;
  const stableAfterMs = options.stableAfterMs ?? 60_000;
  let failures = 0;
  let outage = false;
  while (!options.signal.aborted) {
    let readyAt: number | null = null;
    try {
      const end = await options.watcher.watch({
        signal: options.signal,
        onNewMail: options.onNewMail,
        onReady: () => {
          readyAt = options.clock.now().getTime();
          if (!outage) return;
          outage = false;
          options.log(`caio mailbox idle resumed mailbox=${options.mailbox}`);
          options.onNewMail();
        },
      });
      if (end === 'unsupported') {
        options.log(
          `caio mailbox idle unsupported mailbox=${options.mailbox}: the server has no IMAP IDLE; polling on the interval only`,
        );
      }
      return end;
    } catch (error) {
      if (options.signal.aborted) break;
      const stable = readyAt !== null && options.clock.now().getTime() - readyAt >= stableAfterMs;
      failures = stable ? 1 : failures + 1;
      const delayMs = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(failures - 1, 30));
      if (!outage) {
        outage = true;
        options.log(
          `caio mailbox idle failed mailbox=${options.mailbox}: ${(error as Error).message} ` +
            `— polling on the interval meanwhile; reconnecting with backoff (first in ${delayMs} ms)`,
        );
      }
      await options.sleep(delayMs, options.signal);
    }
  }
  return 'stopped';
}
