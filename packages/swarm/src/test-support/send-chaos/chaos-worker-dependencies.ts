import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createActionGateway } from '../../guardrails/action-gateway.js';
import { createHourlyRateLimiter } from '../../guardrails/hourly-rate-limiter.js';
import { parsePermissionMatrix } from '../../guardrails/permission-matrix.js';
import { createSendTransports } from '../../outbound/delivery/create-send-transports.js';
import type { SendWorkerDependencies } from '../../outbound/delivery/send-worker-dependencies.js';
import { createBatchSendPolicy } from '../../outbound/policy/create-batch-send-policy.js';
import { createSendPolicy, type SendPolicyDependencies } from '../../outbound/policy/create-send-policy.js';
import { createSendDecisions } from '../../outbound/policy/send-decisions.js';
import type { SendLimitSettings } from '../../outbound/policy/validate-send-limits.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { BatchContactHistory } from '../../ports/batch-contact-history.js';
import type { OutboxDeliveryBatchStore } from '../../ports/outbox-delivery-batch-store.js';
import type { ContactHistory } from '../../ports/contact-history.js';
import type { LeadStatusStore } from '../../ports/lead-status-store.js';
import type { OutboxDeliveryStore } from '../../ports/outbox-delivery-store.js';
import type { Store, SuppressionRepository } from '../../ports/pipeline-store.js';
import type { SendLedger } from '../../ports/send-ledger.js';
import type { ChaosInstruments } from './chaos-instruments.js';
import { sendWorkerTestSettings } from './send-worker-test-settings.js';

const matrix = parsePermissionMatrix(
  parse(readFileSync(new URL('../../../resources/permission-matrix.yaml', import.meta.url), 'utf8')),
);

/** Three cold mailboxes on one sending domain (SPEC §3.7 rotation). */
export const chaosMailboxes = ['ana', 'ben', 'cy'].map((name) => ({
  address: `${name}@cold.example.com`,
  stream: 'cold' as const,
  platform: 'smtp',
}));

/** A sending mailbox of the chaos worlds (address, stream, transport platform). */
export type ChaosMailbox = (typeof chaosMailboxes)[number];

/**
 * Caps tight enough that a run of a few dozen messages hits every one of them (SPEC §3.7 caps,
 * lowered; spacing kept at the real 30 s).
 */
export const chaosLimits: SendLimitSettings = {
  monthly: 3000,
  daily: 16,
  hourly: 7,
  perRecipientDomainPerHour: 3,
  mailboxSpacingSeconds: 30,
  mailboxDaily: 6,
};

/** The ports all workers share: one database (or one in-memory world). */
export interface ChaosSharedPorts {
  delivery: OutboxDeliveryStore & ContactHistory;
  ledger: SendLedger;
  audit: AuditLog;
  leadStatus: Pick<LeadStatusStore, 'applyTransitions'>;
  suppression: Pick<SuppressionRepository, 'suppressedAmong'>;
  /** The batch ports (`handleSendJobs`' batch path); without them every job goes one by one. */
  batch?: { delivery: OutboxDeliveryBatchStore & BatchContactHistory };
}

/** A port the outbox-path send job never touches; any use fails the test loudly. */
function unusedPort<Port extends object>(name: string): Port {
  return new Proxy({} as Port, {
    get(_target, property) {
      if (typeof property === 'symbol' || property === 'then') return undefined;
      throw new Error(`The chaos worker used store.${name}.${property}; the outbox path must not need it.`);
    },
  });
}

/**
 * One worker's dependencies, as one `caio work` process would build them (`main/send-worker.ts`),
 * in `full` mode: its own gateway, policy and decisions, its own view of the kill switches and its
 * own failure-injected transport, over the shared ports. `limits` defaults to {@link chaosLimits},
 * `mailboxes` to {@link chaosMailboxes}. With `shared.batch` the worker also gets the batch path
 * (`createBatchSendPolicy` over the same policy dependencies), as `main/send-worker.ts` wires it.
 */
export function createChaosWorkerDependencies(
  worker: number,
  shared: ChaosSharedPorts,
  instruments: ChaosInstruments,
  alerts: string[],
  limits: SendLimitSettings = chaosLimits,
  mailboxes: readonly ChaosMailbox[] = chaosMailboxes,
): SendWorkerDependencies {
  const { clock } = instruments;
  const controlFlags = instruments.controlFlagsFor(worker, 'policy');
  const decisions = createSendDecisions();
  const gateway = createActionGateway({
    matrix,
    controlFlags: instruments.controlFlagsFor(worker, 'gateway'),
    mode: 'full',
    rateLimiter: createHourlyRateLimiter(),
    audit: shared.audit,
    clock,
    redact: (text) => text,
  });
  const store: SendWorkerDependencies['store'] = {
    audit: shared.audit,
    approvals: unusedPort<Store['approvals']>('approvals'),
    drafts: unusedPort<Store['drafts']>('drafts'),
    outbox: unusedPort<Store['outbox']>('outbox'),
    leads: unusedPort<Store['leads']>('leads'),
  };
  const settings = sendWorkerTestSettings(clock);
  const policyDependencies: SendPolicyDependencies = {
    ...settings.policy,
    mode: 'full',
    controlFlags,
    suppression: shared.suppression,
    contactHistory: shared.delivery,
    // The chaos runs exercise caps and duplicates; no lead in them is paused.
    pauses: { activePausesAmong: async () => new Map() },
    mailboxes: [...mailboxes],
    limits,
    ledger: shared.ledger,
    clock,
    decisions,
  };
  const batch = shared.batch;
  return {
    store,
    delivery: shared.delivery,
    leadStatus: shared.leadStatus,
    gateway,
    policy: createSendPolicy(policyDependencies),
    decisions,
    ledger: shared.ledger,
    transports: createSendTransports({ mailboxes, transports: [instruments.transportFor(worker)] }),
    rendering: settings.rendering,
    clock,
    alert: async ({ text }) => void alerts.push(text),
    ...(batch
      ? {
          batch: {
            policy: createBatchSendPolicy({ ...policyDependencies, batchHistory: batch.delivery }),
            delivery: batch.delivery,
          },
        }
      : {}),
  };
}
