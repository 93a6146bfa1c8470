import { CaioError } from '../../domain/errors.js';
import type { InboxReader } from '../../ports/inbox-reader.js';
import { imapConnectionProblems, type ImapConnectionSettings } from './create-imap-client.js';
import { readInboxBatch } from './read-inbox-batch.js';
import type { ImapResilientCall } from './resilient-call-like.js';

/** Settings of {@link createImapInboxReader}; resolved by `config/`, never read from the environment here. */
export interface ImapInboxReaderSettings extends ImapConnectionSettings {
  /** Mailbox to read. Default `INBOX`. */
  mailbox?: string;
  /** Larger messages are skipped with reason `too_large`, body never downloaded. Default 10 MiB. */
  maxMessageBytes?: number;
  /** Messages downloaded per call; the rest wait (`hasMore`). Default 20, bounding memory per poll. */
  maxMessagesPerFetch?: number;
  /** Connect, greeting and idle-socket timeout in ms. Default 10 000 (RES-2). */
  timeoutMs?: number;
  /**
   * Breaker → retry → timeout around each poll (RES-1..RES-3); reads are idempotent, so it may retry, e.g.
   * `createResilientCall({ breaker: createCircuitBreaker({ name: 'imap', clock }), timeoutMs: 60_000 })`.
   * Give it a timeout that covers a whole batch (up to `maxMessagesPerFetch` downloads).
   */
  resilientCall: ImapResilientCall;
}

/** 10 MiB: the inbound size cap (threading spec §2.6 "Limits"). */
export const defaultMaxInboundMessageBytes = 10 * 1024 * 1024;

/**
 * The IMAP inbox reader (SPEC §4 "IMAP mailbox polling") on imapflow + mailparser. Each
 * `fetchSince(cursor)` opens one connection, reads the mailbox read-only by UID above
 * `cursor.lastUid` (restarting when UIDVALIDITY changed), parses each message into an
 * `InboundEmail`, and logs out. Store the returned cursor only after the messages are stored, so a
 * crash re-reads rather than loses mail (RES-6 "0 lost inbound events"); dedupe by Message-ID.
 *
 * @throws CaioError `config_invalid` for a blank host/user/password or bad limits; `fetchSince`
 *   rejects as `mapImapError` (`permission_denied`, `config_invalid`, `timeout`, `rate_limited`,
 *   `vendor_error`) or with `circuit_open`.
 * @example
 * const inbox = createImapInboxReader({ host: 'imap.example.com', port: 993, secure: true, user, password, resilientCall });
 * const { messages, cursor } = await inbox.fetchSince(storedCursor);
 */
export function createImapInboxReader(settings: ImapInboxReaderSettings): InboxReader {
  const options = {
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    user: settings.user,
    password: settings.password,
    mailbox: settings.mailbox ?? 'INBOX',
    maxMessageBytes: settings.maxMessageBytes ?? defaultMaxInboundMessageBytes,
    maxMessagesPerFetch: settings.maxMessagesPerFetch ?? 20,
    timeoutMs: settings.timeoutMs ?? 10_000,
  };
  const problems = imapConnectionProblems(options);
  if (
    !(options.maxMessageBytes > 0) ||
    !Number.isInteger(options.maxMessagesPerFetch) ||
    options.maxMessagesPerFetch < 1
  )
    problems.push('message size and batch limits must be positive');
  if (problems.length > 0) {
    throw new CaioError('config_invalid', `IMAP inbox: ${problems.join('; ')}. Fix the config file or environment.`);
  }
  return {
    fetchSince(cursor, signal) {
      return settings.resilientCall((attempt) => readInboxBatch(options, cursor, attempt), {
        idempotent: true,
        ...(signal ? { signal } : {}),
      });
    },
  };
}
