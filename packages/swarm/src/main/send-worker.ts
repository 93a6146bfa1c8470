import { randomUUID } from 'node:crypto';
import { createMimeMessageRenderer } from '../adapters/mime/index.js';
import { createCityTimezonesLocaleResolver } from '../adapters/geo/index.js';
import { createDateHolidaysCalendar } from '../adapters/holidays/index.js';
import type { ResolvedConfig } from '../config/load-config.js';
import { gateChatNotifier } from '../guardrails/gate-chat-notifier.js';
import {
  createSendTransports,
  deadSendEmailJob,
  handleDeadSendJob,
  handleSendJob,
  handleSendJobs,
  sendEmailJob,
  withFailureInjection,
  type SendWorkerDependencies,
} from '../outbound/delivery/index.js';
import {
  createBatchSendPolicy,
  createCachedBreakerStates,
  createCachedLocaleResolver,
  createCachedReputationStats,
  createSendDecisions,
  createSendPolicy,
  mergeExclusionLists,
  type SendingMailbox,
} from '../outbound/policy/index.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { OutboundTransport } from '../ports/outbound-transport.js';
import { leadStatusPolicy } from '../signals/lead-status-policy.js';
import { createSqlBreakerStateStore } from '../store/index.js';
import { createLeadStatusRepository } from '../store/repositories/lead-status-repository.js';
import { createOutboxDeliveryRepository } from '../store/repositories/outbox-delivery-repository.js';
import { createReplyEffectsRepository } from '../store/repositories/reply-effects-repository.js';
import { createSendReservationRepository } from '../store/repositories/send-reservation-repository.js';
import { createExclusionRepository } from '../store/repositories/exclusion-repository.js';
import { createReputationRepository } from '../store/repositories/reputation-repository.js';
import type { System } from './open-system.js';
import { renderingExtrasFor } from './rendering-extras.js';

/** The configured sending mailboxes, or `sender.email` on SMTP as the one cold mailbox. */
export function configuredMailboxes(config: ResolvedConfig): (SendingMailbox & { platform: string })[] {
  if (config.outbound.mailboxes.length > 0) return config.outbound.mailboxes.map((mailbox) => ({ ...mailbox }));
  return [{ address: config.sender.email, stream: 'cold', platform: 'smtp' }];
}

/** What the composition root passes besides the system: transports and, for chaos tests, a random source. */
export interface SendWorkerOptions {
  transports: readonly OutboundTransport[];
  /** Slack for alerts when configured; writes pass the action gateway. */
  slack?: ChatNotifier;
  /** [0, 1) source for failure injection; defaults to `Math.random`. */
  random?: () => number;
  /**
   * Re-runs the booking guard before an approved `calendar_invite_create` draft leaves (SPEC §3.6); the
   * scheduling runtime's `router.confirmCalendarInvite`. Absent (no `hosts:`): invites are refused.
   */
  confirmCalendarInvite?: SendWorkerDependencies['confirmCalendarInvite'];
}

/**
 * Wires the send worker (issue 4) from an open system: the SPEC §3.7 send policy over the SQL
 * ledger, suppression list, contact history (the outbox) and breaker states; the transports by
 * mailbox platform (wrapped by `outbound.failureInjection` when its rate is above 0); alerts to
 * Slack and stderr.
 */
export async function sendWorkerDependenciesFor(
  system: System,
  options: SendWorkerOptions,
): Promise<SendWorkerDependencies> {
  const { config, clock, database, store } = system;
  const db = database.db;
  const delivery = createOutboxDeliveryRepository(db);
  const ledger = createSendReservationRepository(db);
  const decisions = createSendDecisions();
  const mailboxes = configuredMailboxes(config);
  const policyDependencies = {
    mode: config.mode,
    controlFlags: system.killSwitches,
    ramp: config.ramp,
    suppression: store.suppression,
    // Compiled once per worker: `caio exclude import` takes effect when workers restart (suppression is live).
    exclusions: mergeExclusionLists(config.outbound.exclusions, await createExclusionRepository(db).loadLists()),
    reputation: { stats: createCachedReputationStats(createReputationRepository(db), clock) },
    contactHistory: delivery,
    pauses: createReplyEffectsRepository(db),
    window: config.outbound.sendWindow,
    locales: createCachedLocaleResolver(createCityTimezonesLocaleResolver()),
    holidays: createDateHolidaysCalendar(),
    fallbackTimeZone: config.outbound.fallbackTimeZone ?? null,
    mailboxes,
    limits: config.limits,
    ledger,
    breakers: createCachedBreakerStates(createSqlBreakerStateStore(db), clock),
    clock,
    decisions,
  };
  const policy = createSendPolicy(policyDependencies);
  const batchPolicy = createBatchSendPolicy({ ...policyDependencies, batchHistory: delivery });
  const random = options.random ?? Math.random;
  const rate = config.outbound.failureInjection.rate;
  const transports = options.transports.map((transport) => withFailureInjection(transport, { rate, random }));
  const slack = options.slack ? gateChatNotifier(options.slack, system.gateway, 'system:send-worker') : null;
  return {
    store,
    delivery,
    leadStatus: createLeadStatusRepository(db, { clock, policy: leadStatusPolicy }),
    gateway: system.gateway,
    policy,
    decisions,
    ledger,
    transports: createSendTransports({ mailboxes, transports }),
    rendering: {
      sender: { ...config.sender, ...(config.signature ? { signature: config.signature } : {}) },
      unsubscribe: {
        baseUrl: config.unsubscribe.baseUrl,
        ...(config.unsubscribe.mailto ? { mailto: config.unsubscribe.mailto } : {}),
        secret: system.unsubscribeSecret(),
      },
      renderer: createMimeMessageRenderer(),
      clock,
      newId: randomUUID,
      ...renderingExtrasFor(config, system.unsubscribeSecret()),
    },
    clock,
    claimLeaseMs: config.outbound.claimLeaseMinutes * 60_000,
    batch: { policy: batchPolicy, delivery },
    ...(options.confirmCalendarInvite ? { confirmCalendarInvite: options.confirmCalendarInvite } : {}),
    async alert({ severity, text }) {
      process.stderr.write(`caio send-worker ${severity}: ${text}\n`);
      const channel = config.slack.approvalChannel;
      if (!slack || !channel) return;
      await slack.postAlert({ channel, severity, text }).catch((error: unknown) => {
        process.stderr.write(`caio send-worker: alert not posted to Slack: ${String(error)}\n`);
      });
    },
  };
}

/** Send jobs fetched and handled together (one policy read per kind per batch). */
export const sendBatchSize = 50;

/**
 * Registers the send worker and its dead-letter handler on the job queue. Several processes may
 * do this against one PostgreSQL database (`caio work` on several machines); the outbox claim
 * makes every send at most once. Send jobs are taken {@link sendBatchSize} at a time when the queue
 * supports batches (`handleSendJobs`).
 */
export async function startSendWorkers(jobs: JobQueue, dependencies: SendWorkerDependencies): Promise<void> {
  if (jobs.workBatch) {
    await jobs.workBatch(sendEmailJob, { batchSize: sendBatchSize }, (batch) => handleSendJobs(batch, dependencies));
  } else {
    await jobs.work(sendEmailJob, async (job) => {
      await handleSendJob(job, dependencies);
    });
  }
  await jobs.work(deadSendEmailJob, async (job) => {
    await handleDeadSendJob(job, dependencies);
  });
}
