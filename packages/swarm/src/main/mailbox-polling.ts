import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createImapIdleWatcher, createImapInboxReader, type ImapConnectionSettings } from '../adapters/imap/index.js';
import { recordOptOut } from '../compliance/index.js';
import type { ResolvedImapMailbox, ResolvedImapSettings } from '../config/imap-schema.js';
import { createCanary, redactPii } from '../defence/index.js';
import { createCircuitBreaker, createResilientCall } from '../guardrails/resilience/index.js';
import {
  createLayeredIntentClassifier,
  createLlmReplyDrafter,
  createMailboxWakeups,
  keepMailboxWatched,
  mailboxPollJob,
  pollMailbox,
  type MailboxPollPayload,
  type PollMailboxDependencies,
  type PollMailboxReport,
} from '../inbound/replies/index.js';
import { saveDraftForApproval } from '../outbound/conversation/index.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { InboxReader } from '../ports/inbox-reader.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { MailboxWatcher } from '../ports/mailbox-watcher.js';
import type { LanguageModel } from '../ports/language-model.js';
import { leadStatusPolicy } from '../signals/lead-status-policy.js';
import { createInboundReplyRepository } from '../store/repositories/inbound-reply-repository.js';
import { createLeadStatusRepository } from '../store/repositories/lead-status-repository.js';
import { createMailboxCursorRepository } from '../store/repositories/mailbox-cursor-repository.js';
import { createReplyEffectsRepository } from '../store/repositories/reply-effects-repository.js';
import { createStoreThreadLedger } from '../store/repositories/thread-ledger-repository.js';
import { approvalIntegrationsFor } from './approval-integrations.js';
import { conversationClosingFor } from './conversation-closing.js';
import { teamChannelNotify } from './team-channel-notify.js';
import { schedulingStatusInThreadFor } from './scheduling-status-in-thread.js';
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
  /**
   * The optional language model (SPEC §1 principle 5; `createConfiguredLanguageModel`). Absent = rules and
   * templates only. When set, it adds the model layer to intent classification (threading spec §7 rule 2)
   * and drafts replies, both through the defence module, falling back to the rules/template on any failure.
   */
  languageModel?: LanguageModel;
  /** Which model uses are on (`llm.intent.enabled`, `llm.replyDrafts.enabled`); each defaults to true. */
  languageModelUses?: { intent?: boolean; replyDrafts?: boolean };
  /**
   * Builds the IMAP IDLE watcher of one mailbox (issue 6 "Mailboxes"); default the imapflow watcher on a
   * dedicated connection. Only mailboxes with `idle` not false are watched.
   */
  watcherFor?: (mailbox: ResolvedImapMailbox) => MailboxWatcher;
  /** Reconnect backoff of the IDLE watchers in ms; default 1 000 doubling to at most 300 000. */
  idleBackoff?: { initialDelayMs: number; maxDelayMs: number };
  /** Called as each mailbox's poll starts (the IDLE wakeup dedupe listens here). */
  onPollStart?: (mailboxKey: string) => void;
}

/** What {@link startMailboxPolling} started; `stop` ends the IDLE watchers (the queue stops with the system). */
export interface MailboxPolling {
  /** Closes every IDLE connection and waits for the watchers to end. Idempotent; never rejects. */
  stop(): Promise<void>;
}

/** The login and folder of one configured mailbox, as the IMAP reader and IDLE watcher take them. */
function imapConnectionOf(mailbox: ResolvedImapMailbox): ImapConnectionSettings & { mailbox: string } {
  const { host, port, secure, user, password, folder } = mailbox;
  return { host, port, secure, user, password, mailbox: folder };
}

function imapReader(mailbox: ResolvedImapMailbox, system: System): InboxReader {
  return createImapInboxReader({
    ...imapConnectionOf(mailbox),
    resilientCall: createResilientCall({
      breaker: createCircuitBreaker({ name: `imap:${mailbox.key}`, clock: system.clock }),
      timeoutMs: 60_000,
    }),
  });
}

function imapWatcher(mailbox: ResolvedImapMailbox): MailboxWatcher {
  return createImapIdleWatcher(imapConnectionOf(mailbox));
}

/** Waits `delayMs`, or less when `signal` aborts (the watchers' backoff; shutdown must not wait 5 minutes). */
async function sleepUnlessAborted(delayMs: number, signal: AbortSignal): Promise<void> {
  await sleep(delayMs, undefined, { signal }).catch(() => undefined);
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Writes one line to stderr (the default poll log). */
function logToStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The model-backed classifier and drafter, when a model is configured (both defence-wrapped, INJ-4/INJ-7). */
function languageModelDependenciesFor(
  system: System,
  options: MailboxPollingOptions,
  log: (line: string) => void,
): Pick<PollMailboxDependencies, 'classifyReplyIntent' | 'draftText'> {
  const languageModel = options.languageModel;
  if (!languageModel) return {};
  const canary = createCanary(system.unsubscribeSecret());
  const onCanaryLeak = (details: { schemaName: string; modelSlug: string }) =>
    log(`caio ALERT canary leak blocked (INJ-7) model=${details.modelSlug} schema=${details.schemaName}`);
  const uses = options.languageModelUses ?? {};
  return {
    ...(uses.intent === false
      ? {}
      : { classifyReplyIntent: createLayeredIntentClassifier({ languageModel, canary, onCanaryLeak }) }),
    ...(uses.replyDrafts === false
      ? {}
      : {
          draftText: createLlmReplyDrafter({
            languageModel,
            canary,
            onCanaryLeak,
            onFallback: (reason) => log(`caio reply draft used the template (model fallback: ${reason})`),
          }),
        }),
  };
}

/**
 * The reply pipeline's dependencies shared by every mailbox, from an open system: the store-backed thread ledger
 * over the outbox, the `inbound_replies`/cursor/effects repositories (migration 0010), the lead status
 * machine, the EM-4 opt-out use case, drafts + approvals in one transaction, and Slack through the
 * action gateway (`gateChatNotifier`) when `SLACK_BOT_TOKEN` and `slack.approvalChannel` are set, and the
 * optional language model's classifier and drafter.
 */
function replyPipelineDependenciesFor(
  system: System,
  imap: ResolvedImapSettings,
  options: MailboxPollingOptions,
  log: (line: string) => void,
): Omit<PollMailboxDependencies, 'reader'> {
  const { config, database, store, clock } = system;
  const ourAddresses = [
    config.sender.email,
    ...config.outbound.mailboxes.map((entry) => entry.address),
    ...imap.mailboxes.map((entry) => entry.user),
  ]
    .filter((address): address is string => Boolean(address))
    .map((address) => address.toLowerCase());
  const notify = teamChannelNotify(
    system,
    options.slack ?? approvalIntegrationsFor(config, clock).slack,
    'system:reply-routing',
  );
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
    saveDraftForApproval: (draft, approval) => saveDraftForApproval(store, draft, approval),
    ...(notify ? { notify } : {}),
    sender: { name: config.sender.name, bookingLink: config.bookingLink ?? null },
    closing: conversationClosingFor(system),
    schedulingStatusInThread: schedulingStatusInThreadFor(system),
    approvalTimeoutMinutes: config.approval.timeoutMinutes,
    clock,
    newId: randomUUID,
    redact: redactPii,
    log,
    ...languageModelDependenciesFor(system, options, log),
  };
}

/**
 * Builds the repositories, notifier and one reader per mailbox ONCE (so each reader's circuit breaker keeps
 * its state between polls) and returns a function that polls every configured mailbox once, each
 * independently: one mailbox failing (bad password, server down) does not stop the others. The function
 * returns each mailbox's report and rethrows the first failure after all ran, so the job queue retries
 * (the dedupe makes the retry harmless). Given a mailbox key (`user@host/folder`, an IDLE wakeup) it polls
 * only that mailbox; an unknown key (the config changed since the job was queued) polls them all.
 */
export function createMailboxPoller(
  system: System,
  options: MailboxPollingOptions = {},
): (mailboxKey?: string) => Promise<PollMailboxReport[]> {
  const imap = options.imap ?? system.config.imapMailboxes;
  if (imap.mailboxes.length === 0) return async () => [];
  const log = options.log ?? logToStderr;
  const shared = replyPipelineDependenciesFor(system, imap, options, log);
  const mailboxes = imap.mailboxes.map((mailbox) => ({
    key: mailbox.key,
    dependencies: { ...shared, reader: options.readerFor ? options.readerFor(mailbox) : imapReader(mailbox, system) },
  }));
  return async (mailboxKey) => {
    const reports: PollMailboxReport[] = [];
    let failure: unknown = null;
    const only = mailboxes.filter((mailbox) => mailbox.key === mailboxKey);
    for (const mailbox of only.length > 0 ? only : mailboxes) {
      try {
        options.onPollStart?.(mailbox.key);
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
 * processes sharing the database). Then watches each mailbox whose `idle` is not false with IMAP IDLE
 * where the server supports it: new mail enqueues a `mailbox-poll` job for that mailbox at once (deduped
 * by `createMailboxWakeups`), so replies are handled in seconds; the cron poll stays as the safety net and
 * is the only path when IDLE is unsupported or its connection is down (logged once, reconnected with
 * capped exponential backoff, never thrown). Reading mail is not sending: the emergency stop does not
 * pause it. Does nothing when no mailbox is configured. `caio work` / `caio serve` call it next to
 * `startInboundEventWorker` and call `stop()` before closing the system.
 */
export async function startMailboxPolling(
  jobs: JobQueue,
  system: System,
  options: MailboxPollingOptions = {},
): Promise<MailboxPolling> {
  const imap = options.imap ?? system.config.imapMailboxes;
  if (imap.mailboxes.length === 0) return { stop: async () => undefined };
  const log = options.log ?? logToStderr;
  const wakeups = createMailboxWakeups({ jobs, clock: system.clock, log: (line) => log(redactPii(line)) });
  const poll = createMailboxPoller(system, {
    ...options,
    imap,
    onPollStart: (key) => {
      wakeups.pollStarted(key);
      options.onPollStart?.(key);
    },
  });
  await jobs.declareQueues([mailboxPollJob]);
  await jobs.work<MailboxPollPayload>(mailboxPollJob, async (job) => {
    await poll(job.payload?.mailbox);
  });
  const minutes = Math.max(1, Math.ceil(imap.pollSeconds / 60));
  await jobs.schedule?.(mailboxPollJob, minutes === 1 ? '* * * * *' : `*/${minutes} * * * *`);
  const stopping = new AbortController();
  const watchers = imap.mailboxes
    .filter((mailbox) => mailbox.idle !== false)
    .map((mailbox) =>
      keepMailboxWatched({
        watcher: (options.watcherFor ?? imapWatcher)(mailbox),
        mailbox: mailbox.key,
        onNewMail: () => void wakeups.wake(mailbox.key),
        signal: stopping.signal,
        sleep: sleepUnlessAborted,
        clock: system.clock,
        log: (line) => log(redactPii(line)),
        ...options.idleBackoff,
      }),
    );
  return {
    async stop() {
      stopping.abort();
      await Promise.allSettled(watchers);
    },
  };
}
