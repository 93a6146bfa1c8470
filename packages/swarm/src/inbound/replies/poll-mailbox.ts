import type { InboxReader } from '../../ports/inbox-reader.js';
import type { MailboxCursorStore } from '../../ports/mailbox-cursor-store.js';
import { processInboundEmail, type InboundEmailDependencies } from './process-inbound-email.js';

/** What polling one mailbox needs. */
export interface PollMailboxDependencies extends InboundEmailDependencies {
  reader: InboxReader;
  cursors: MailboxCursorStore;
  /** One line per message, PII already redacted by the caller's `redact` (PII-2). */
  log?: (line: string) => void;
  /** Redacts PII from text before it is logged (`redactPii`). */
  redact: (text: string) => string;
}

/** Totals of one {@link pollMailbox} call. */
export interface PollMailboxReport {
  mailbox: string;
  fetched: number;
  routed: number;
  replayed: number;
  duplicates: number;
  skipped: number;
  /** Intent → count over routed messages. */
  intents: Record<string, number>;
  uidValidityReset: boolean;
}

/**
 * One poll of one mailbox (SPEC §4 "IMAP mailbox polling"): reads new messages since the stored cursor,
 * threads, classifies, stores (once per Message-ID) and routes each, then saves the cursor — only after the
 * batch is stored and routed, so a crash re-reads rather than loses mail (RES-6) and the dedupe makes the
 * re-read harmless. Follows `hasMore` for up to `maxBatches` batches (default 10).
 *
 * @param mailbox the cursor key, `user@host/folder`.
 * @throws the reader's `CaioError` (the job retries) or a store error; the cursor then stays where it was.
 */
export async function pollMailbox(
  dependencies: PollMailboxDependencies,
  mailbox: string,
  options: { maxBatches?: number; signal?: AbortSignal } = {},
): Promise<PollMailboxReport> {
  const report: PollMailboxReport = {
    mailbox,
    fetched: 0,
    routed: 0,
    replayed: 0,
    duplicates: 0,
    skipped: 0,
    intents: {},
    uidValidityReset: false,
  };
  let cursor = await dependencies.cursors.get(mailbox);
  for (let batch = 0; batch < (options.maxBatches ?? 10); batch += 1) {
    const result = await dependencies.reader.fetchSince(cursor, options.signal);
    report.uidValidityReset ||= result.uidValidityReset;
    report.fetched += result.messages.length;
    report.skipped += result.skipped.length;
    for (const email of result.messages) {
      const outcome = await processInboundEmail(dependencies, mailbox, result.cursor.uidValidity, email);
      if (outcome.status === 'duplicate') {
        report.duplicates += 1;
        continue;
      }
      report[outcome.status] += 1;
      report.intents[outcome.reply.intent] = (report.intents[outcome.reply.intent] ?? 0) + 1;
      const snippet = dependencies.redact(outcome.reply.visibleText.replace(/\s+/g, ' ').slice(0, 80));
      dependencies.log?.(
        `caio reply mailbox=${mailbox} uid=${email.uid} intent=${outcome.reply.intent} confidence=${outcome.reply.confidence.toFixed(2)} ` +
          `action=${outcome.reply.actionTaken ?? 'none'} review=${outcome.reply.needsReview} text="${snippet}"` +
          (outcome.notes.length > 0 ? ` notes="${outcome.notes.join('; ')}"` : ''),
      );
    }
    await dependencies.cursors.save(mailbox, result.cursor, dependencies.clock.now());
    cursor = result.cursor;
    if (!result.hasMore) break;
  }
  return report;
}
