import { randomUUID } from 'node:crypto';
import { createImapInboxReader } from '../adapters/imap/index.js';
import { recordOptOut } from '../compliance/index.js';
import type { ResolvedImapMailbox, ResolvedImapSettings } from '../config/imap-schema.js';
import { redactPii } from '../defence/index.js';
import { gateChatNotifier } from '../guardrails/gate-chat-notifier.js';
import { createCircuitBreaker, createResilientCall } from '../guardrails/resilience/index.js';
import {
  mailboxPollJob,
  pollMailbox,
  type PollMailboxDependencies,
  type PollMailboxReport,
} from '../inbound/replies/index.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { InboxReader } from '../ports/inbox-reader.js';
import type { JobQueue } from '../ports/job-queue.js';
import { leadStatusPolicy } from '../signals/lead-status-policy.js';
import { createInboundReplyRepository } from '../store/repositories/inbound-reply-repository.js';
import { createLeadStatusRepository } from '../store/repositories/lead-status-repository.js';
import { createMailboxCursorRepository } from '../store/repositories/mailbox-cursor-repository.js';
import { createReplyEffectsRepository } from '../store/repositories/reply-effects-repository.js';
import { createStoreThreadLedger } from '../store/repositories/thread-ledger-repository.js';
import { approvalIntegrationsFor } from './approval-integrations.js';
import type { System } from './open-system.js';

/** Overrides for tests and for a composition root that already holds the pieces. */
export interface MailboxPollingOptions {
  /** The resolved `imap:` settings; default `system.config.imapMailboxes`. */
  imap?: ResolvedImapSettings;
  /** Builds the reader of one mailbox; default the imapflow reader behind a breaker + retry. */
  readerFor?: (mailbox: ResolvedImapMailbox) => InboxReader;
  /** Slack notifier (ungated); default from `SLACK_BOT_TOKEN`. Wrapped in `gateChatNotifier` here. */
  slack?: ChatNotifier;
  /** Where per-message lines go (PII-redacted); default stderr. */
  log?: (line: string) => void;
}

function imapReader(mailbox: ResolvedImapMailbox, system: System): InboxReader {
  return createImapInboxReader({
    host: mailbox.host,
    port: mailbox.port,
    secure: mailbox.secure,
    user: mailbox.user,
    password: mailbox.password,
    mailbox: mailbox.folder,
    resilientCall: createResilientCall({
      breaker: createCircuitBreaker({ name: `imap:${mailbox.key}`, clock: system.clock }),
      timeoutMs: 60_000,
    }),
  });
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Writes one line to stderr (the default poll log). */
function logToStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * The reply pipeline's dependencies shared by every mailbox, from an open system: the store-backed thread ledger
 * over the outbox, the `inbound_replies`/cursor/effects repositories (migration 0010), the lead status
 * machine, the EM-4 opt-out use case, drafts + approvals in one transaction, and Slack through the
 * action gateway (`gateChatNotifier`) when `SLACK_BOT_TOKEN` and `slack.approvalChannel` are set.
 */
function replyPipelineDependenciesFor(
  system: System,
  imap: ResolvedImapSettings,
  options: MailboxPollingOptions,
): Omit<PollMailboxDependencies, 'reader'> {
  const { config, database, store, clock } = system;
  const ourAddresses = [
    config.sender.email,
    ...config.outbound.mailboxes.map((entry) => entry.address),
    ...imap.mailboxes.map((entry) => entry.user),
  ]
    .filter((address): address is string => Boolean(address))
    .map((address) => address.toLowerCase());
  const channel = config.slack.approvalChannel;
  const slack = options.slack ?? approvalIntegrationsFor(config, clock).slack;
  const notifier = slack && channel ? gateChatNotifier(slack, system.gateway, 'system:reply-routing') : undefined;
  return {
    cursors: createMailboxCursorRepository(database.db),
    replies: createInboundReplyRepository(database.db),
    ledger: createStoreThreadLedger(database.db, { ourAddresses, clock }),
    ourAddresses,
    ourDomains: [...new Set(ourAddresses.map(domainOf))],
    leads: store.leads,
    statuses: createLeadStatusRepository(database.db, { clock, policy: leadStatusPolicy }),
    suppression: store.suppression,
    optOut: async (request) => {
      await recordOptOut(system.compliance, request);
    },
    effects: createReplyEffectsRepository(database.db),
    findDraft: (id) => store.drafts.findById(id),
    saveDraftForApproval: (draft, approval) =>
      store.transaction(async (repositories) => {
        await repositories.drafts.insertMany([draft]);
        await repositories.approvals.insertMany([approval]);
      }),
    ...(notifier && channel
      ? { notify: async (text: string) => void (await notifier.postMessage({ channel, text })) }
      : {}),
    sender: { name: config.sender.name, bookingLink: config.bookingLink ?? null },
    approvalTimeoutMinutes: config.approval.timeoutMinutes,
    clock,
    newId: randomUUID,
    redact: redactPii,
    log: options.log ?? logToStderr,
  };
}

/**
 * The reply pipeline's dependencies for one mailbox (the shared ones of every mailbox plus its reader).
 */
export function mailboxPollingDependenciesFor(
  system: System,
  mailbox: ResolvedImapMailbox,
  imap: ResolvedImapSettings,
  options: MailboxPollingOptions = {},
): PollMailboxDependencies {
  return { ...replyPipelineDependenciesFor(system, imap, options), reader: readerOf(system, mailbox, options) };
}

function readerOf(system: System, mailbox: ResolvedImapMailbox, options: MailboxPollingOptions): InboxReader {
  return options.readerFor ? options.readerFor(mailbox) : imapReader(mailbox, system);
}

/**
 * Builds the repositories, notifier and one reader per mailbox ONCE (so each reader's circuit breaker keeps
 * its state between polls) and returns a function that polls every configured mailbox once, each
 * independently: one mailbox failing (bad password, server down) does not stop the others. The function
 * returns each mailbox's report and rethrows the first failure after all ran, so the job queue retries
 * (the dedupe makes the retry harmless).
 */
export function createMailboxPoller(
  system: System,
  options: MailboxPollingOptions = {},
): () => Promise<PollMailboxReport[]> {
  const imap = options.imap ?? system.config.imapMailboxes;
  if (imap.mailboxes.length === 0) return async () => [];
  const log = options.log ?? logToStderr;
  const shared = replyPipelineDependenciesFor(system, imap, options);
  const mailboxes = imap.mailboxes.map((mailbox) => ({
    key: mailbox.key,
    dependencies: { ...shared, reader: readerOf(system, mailbox, options) },
  }));
  return async () => {
    const reports: PollMailboxReport[] = [];
    let failure: unknown = null;
    for (const mailbox of mailboxes) {
      try {
        reports.push(await pollMailbox(mailbox.dependencies, mailbox.key));
      } catch (error) {
        log(`caio mailbox poll failed mailbox=${mailbox.key}: ${redactPii((error as Error).message)}`);
        failure ??= error;
      }
    }
    if (failure !== null) throw failure;
    return reports;
  };
}

/** Polls every configured mailbox once (a one-off {@link createMailboxPoller}; see there for failures). */
export async function pollAllMailboxes(
  system: System,
  options: MailboxPollingOptions = {},
): Promise<PollMailboxReport[]> {
  return createMailboxPoller(system, options)();
}

/**
 * Registers the `mailbox-poll` job and its schedule (SPEC §4 "IMAP mailbox polling"; issue 6 "Mailboxes"):
 * every `imap.pollSeconds` rounded up to whole minutes (cron, UTC; one run per occurrence across all
 * processes sharing the database). Does nothing when no mailbox is configured. `caio work` / `caio serve`
 * call it next to `startInboundEventWorker`.
 */
export async function startMailboxPolling(
  jobs: JobQueue,
  system: System,
  options: MailboxPollingOptions = {},
): Promise<void> {
  const imap = options.imap ?? system.config.imapMailboxes;
  if (imap.mailboxes.length === 0) return;
  const poll = createMailboxPoller(system, { ...options, imap });
  await jobs.declareQueues([mailboxPollJob]);
  await jobs.work(mailboxPollJob, async () => {
    await poll();
  });
  const minutes = Math.max(1, Math.ceil(imap.pollSeconds / 60));
  await jobs.schedule?.(mailboxPollJob, minutes === 1 ? '* * * * *' : `*/${minutes} * * * *`);
}
