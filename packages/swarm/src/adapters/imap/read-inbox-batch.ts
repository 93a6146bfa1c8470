import type { InboxCursor, InboxFetchResult, InboundEmail, SkippedInboundEmail } from '../../ports/inbox-reader.js';
import { createImapClient, type ImapConnectionSettings } from './create-imap-client.js';
import { mapImapError } from './imap-error-mapper.js';
import { toInboundEmail } from './to-inbound-email.js';

/** Connection and batch limits of one {@link readInboxBatch} call (resolved settings). */
export interface InboxBatchOptions extends ImapConnectionSettings {
  mailbox: string;
  maxMessageBytes: number;
  maxMessagesPerFetch: number;
  timeoutMs: number;
}

/**
 * One poll over one IMAP connection: open the mailbox read-only (EXAMINE, so no `\Seen` flag changes,
 * RFC 9051 §6.3.3), list UIDs above the cursor with their RFC822.SIZE, then download and parse at
 * most `maxMessagesPerFetch` of them, skipping (and reporting) any over `maxMessageBytes` without
 * downloading its body. A UIDVALIDITY different from the cursor's restarts at UID 1 (RFC 9051
 * §2.3.1.1). The connection is closed when `signal` aborts and always at the end.
 *
 * @throws CaioError as {@link mapImapError}.
 */
export async function readInboxBatch(
  options: InboxBatchOptions,
  cursor: InboxCursor | null,
  signal: AbortSignal,
): Promise<InboxFetchResult> {
  const client = createImapClient(options, options.timeoutMs, { socketTimeout: options.timeoutMs });
  // imapflow emits 'error' for socket failures; the pending command rejects with the same error.
  client.on('error', () => undefined);
  const closeOnAbort = (): void => client.close();
  signal.addEventListener('abort', closeOnAbort, { once: true });
  try {
    await client.connect();
    const mailbox = await client.mailboxOpen(options.mailbox, { readOnly: true });
    const uidValidity = Number(mailbox.uidValidity);
    const uidValidityReset = cursor !== null && cursor.uidValidity !== uidValidity;
    const lastUid = cursor !== null && !uidValidityReset ? cursor.lastUid : 0;
    const messages: InboundEmail[] = [];
    const skipped: SkippedInboundEmail[] = [];
    if (mailbox.exists === 0 || mailbox.uidNext <= lastUid + 1) {
      await client.logout();
      return { messages, skipped, cursor: { uidValidity, lastUid }, uidValidityReset, hasMore: false };
    }
    // `N:*` always includes the highest UID, even when it is below N (RFC 9051 §6.4.9), hence the filter.
    const listed = (await client.fetchAll(`${lastUid + 1}:*`, { uid: true, size: true }, { uid: true }))
      .filter((entry) => entry.uid > lastUid)
      .sort((left, right) => left.uid - right.uid);
    const batch = listed.slice(0, options.maxMessagesPerFetch);
    for (const entry of batch) {
      const sizeBytes = entry.size ?? 0;
      if (sizeBytes > options.maxMessageBytes) {
        skipped.push({ uid: entry.uid, sizeBytes, reason: 'too_large' });
        continue;
      }
      const fetched = await client.fetchOne(String(entry.uid), { uid: true, source: true }, { uid: true });
      // A message expunged between the listing and the download is simply gone.
      if (fetched === false || fetched.source === undefined) continue;
      try {
        messages.push(await toInboundEmail(entry.uid, sizeBytes, fetched.source));
      } catch {
        skipped.push({ uid: entry.uid, sizeBytes, reason: 'unparseable' });
      }
    }
    await client.logout();
    return {
      messages,
      skipped,
      cursor: { uidValidity, lastUid: batch.at(-1)?.uid ?? lastUid },
      uidValidityReset,
      hasMore: listed.length > batch.length,
    };
  } catch (error) {
    client.close();
    throw mapImapError(error, options.mailbox, signal);
  } finally {
    signal.removeEventListener('abort', closeOnAbort);
  }
}
