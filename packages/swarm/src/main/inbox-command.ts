import { InvalidArgumentError, type Command } from 'commander';
import { formatTable, pageFooter } from '../cli/listing.js';
import { defaultOperatorName } from '../config/operator-name.js';
import { CaioError } from '../domain/errors.js';
import { parseInboxIntent } from '../inbound/inbox-intent.js';
import type { InboxPage, InboxReply, InboxStore } from '../ports/inbox-store.js';

/** Opens the inbox store for one command and closes it afterwards (the composition root provides it). */
export type OpenInboxStore = (globalOptions: {
  config?: string;
}) => Promise<{ inbox: InboxStore; close(): Promise<void> }>;

/** Parsed options of `caio inbox`. */
export interface InboxListOptions {
  intent?: string;
  needsReview?: boolean;
  /** Page size, 1–200 (default 50). */
  limit: number;
  cursor?: string;
}

/** Where command output goes (process.stdout in production, an array in tests). */
export type WriteOutput = (text: string) => void;

/** Every option of `caio inbox`, parsed. */
type InboxCommandOptions = InboxListOptions & { as: string; json?: boolean };

const maximumLimit = 200;

function pageSize(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > maximumLimit)
    throw new InvalidArgumentError(`expected a whole number from 1 to ${maximumLimit}`);
  return parsed;
}

/**
 * One page of the unified inbox (SPEC §4), newest first.
 * @throws CaioError `input_invalid` for an unknown intent or a cursor we did not issue.
 */
export async function listInbox(inbox: InboxStore, options: InboxListOptions): Promise<InboxPage> {
  return inbox.list({
    limit: options.limit,
    ...(options.intent ? { intent: parseInboxIntent(options.intent) } : {}),
    ...(options.needsReview ? { needsReview: true } : {}),
    ...(options.cursor ? { cursor: options.cursor } : {}),
  });
}

/**
 * A human's intent correction (SPEC §4 "override"), audited by the store in the same transaction.
 * @throws CaioError `input_invalid` for an unknown intent, `not_found` for an unknown reply id.
 */
export async function overrideInboxIntent(
  inbox: InboxStore,
  input: { replyId: string; intent: string; actor: string },
): Promise<InboxReply> {
  const intent = parseInboxIntent(input.intent);
  const updated = await inbox.override(input.replyId, intent, input.actor);
  if (!updated) throw new CaioError('not_found', `No reply ${input.replyId}. List replies with \`caio inbox\`.`);
  return updated;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The terminal table of an inbox page: one row per reply, then the page footer. */
export function formatInboxPage(page: InboxPage): string {
  const rows = page.items.map((reply) => ({
    id: reply.id,
    received: reply.receivedAt,
    lead: reply.leadEmail ?? reply.leadId ?? '(unthreaded)',
    intent: `${reply.intent}${reply.override ? ' (overridden)' : ''}`,
    confidence: reply.confidence.toFixed(2),
    review: reply.needsReview ? 'needs review' : '',
    action: reply.actionTaken ?? '',
    reply: oneLine(reply.visibleText),
  }));
  const columns = ['id', 'received', 'lead', 'intent', 'confidence', 'review', 'action', 'reply'];
  return `${formatTable(rows, columns)}\n${pageFooter(page)}\n`;
}

/**
 * Registers `caio inbox [--intent I] [--needs-review] [--limit N] [--cursor C] [--json]` and
 * `caio inbox override <reply-id> --intent I [--as NAME] [--json]` (SPEC §4 "Unified inbox").
 */
export function registerInboxCommand(
  program: Command,
  openInbox: OpenInboxStore,
  write: WriteOutput = (text) => process.stdout.write(text),
): void {
  const withInbox = async <T>(work: (inbox: InboxStore) => Promise<T>): Promise<T> => {
    const opened = await openInbox(program.opts<{ config?: string }>());
    return work(opened.inbox).finally(() => opened.close());
  };
  program
    .command('inbox')
    .description(
      'the unified inbox: classified replies with intent, confidence and the action taken (SPEC §4); ' +
        '`caio inbox override <reply-id> --intent I` corrects an intent (audited, clears needs-review)',
    )
    // One command with an optional `override <reply-id>` operand: both forms share --intent, which a
    // commander subcommand could not (the parent would consume the flag).
    .argument('[action]', 'omit to list; `override` to correct an intent')
    .argument('[reply-id]', 'the reply to correct (with override)')
    .option('--intent <intent>', 'list: only this intent; override: the right intent (e.g. question)')
    .option('--needs-review', 'only replies waiting for a human')
    .option('--limit <n>', 'page size (1–200)', pageSize, 50)
    .option('--cursor <cursor>', 'nextCursor from a previous page')
    .option('--as <name>', 'override: reviewer name recorded in the audit', defaultOperatorName())
    .option('--json', 'print JSON: { items, total, nextCursor }, or the updated reply')
    .action(async (action: string | undefined, replyId: string | undefined, options: InboxCommandOptions) => {
      if (action === undefined) {
        const page = await withInbox((store) => listInbox(store, options));
        write(options.json ? `${JSON.stringify(page, null, 2)}\n` : formatInboxPage(page));
        return;
      }
      if (action !== 'override' || !replyId || !options.intent) {
        throw new CaioError('input_invalid', 'Usage: caio inbox override <reply-id> --intent <intent> [--as <name>].');
      }
      const intent = options.intent;
      const updated = await withInbox((store) => overrideInboxIntent(store, { replyId, intent, actor: options.as }));
      write(
        options.json
          ? `${JSON.stringify(updated, null, 2)}\n`
          : `Reply ${updated.id}: intent ${updated.classifiedIntent} → ${updated.intent} (by ${options.as}).\n`,
      );
    });
}
