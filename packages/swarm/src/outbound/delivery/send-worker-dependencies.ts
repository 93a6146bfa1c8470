import type { ActionGateway } from '../../guardrails/action-gateway.js';
import type { PolicyValidator } from '../../guardrails/action-request.js';
import type { Clock } from '../../ports/clock.js';
import type { LeadStatusStore } from '../../ports/lead-status-store.js';
import type { OutboundTransport } from '../../ports/outbound-transport.js';
import type { OutboxDeliveryStore } from '../../ports/outbox-delivery-store.js';
import type { Store } from '../../ports/pipeline-store.js';
import type { SendLedger } from '../../ports/send-ledger.js';
import type { OutboxRenderingDependencies } from '../../pipeline/run/outbox-rendering.js';
import type { OutboundSendPayload } from '../policy/outbound-send.js';
import type { BatchSendPolicy } from '../policy/create-batch-send-policy.js';
import type { SendDecisions } from '../policy/send-decisions.js';
import type { OutboxDeliveryBatchStore } from '../../ports/outbox-delivery-batch-store.js';

/** Which transport sends for a mailbox (config `outbound.mailboxes[].platform`, default `smtp`). */
export interface SendTransports {
  forMailbox(mailbox: string): OutboundTransport;
}

/** Everything the send worker reads and writes, through ports (wired in `main/`). */
export interface SendWorkerDependencies {
  store: Pick<Store, 'approvals' | 'drafts' | 'outbox' | 'audit' | 'leads'>;
  delivery: OutboxDeliveryStore;
  leadStatus: Pick<LeadStatusStore, 'applyTransitions'>;
  gateway: ActionGateway;
  /** The send policy of SPEC §3.7 (`createSendPolicy`), sharing `decisions` with the worker. */
  policy: readonly PolicyValidator<OutboundSendPayload>[];
  decisions: SendDecisions;
  ledger: Pick<SendLedger, 'release'>;
  transports: SendTransports;
  rendering: OutboxRenderingDependencies;
  clock: Clock;
  /** Announces uncertain sends and dead-lettered jobs (Slack when configured, else the log). Must not throw. */
  alert: (alert: { severity: 'warning' | 'critical'; text: string }) => Promise<void>;
  /**
   * A claim older than this is taken over (its worker died before any vendor call), and a row left in
   * `sending` is reconciled with the vendor only once it is older than this (its worker may still be
   * inside the vendor call until then). Default 10 min.
   */
  claimLeaseMs?: number;
  /**
   * The batch path (`handleSendJobs`): the same policy with one read of each kind per batch (each
   * send still reserves its quota right before its vendor call), and batch outbox transitions. Without it every job goes one by one.
   */
  batch?: { policy: BatchSendPolicy; delivery: OutboxDeliveryBatchStore };
  /**
   * Re-runs SCHEDULER's booking guard for an approved `calendar_invite_create` draft before it leaves
   * (SPEC §3.6 "approving a calendar invite re-runs the booking guard"). Must answer `booked` again for a
   * conversation already booked at `start` (a retried job). Absent = no scheduler: invites are not sent.
   */
  confirmCalendarInvite?: (invite: {
    conversationId: string;
    /** The meeting start, ISO 8601 UTC. */
    start: string;
  }) => Promise<{ booked: true; bookingId: string } | { booked: false; reason: string }>;
}
