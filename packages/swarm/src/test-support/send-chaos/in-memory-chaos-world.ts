import type { AuditEvent } from '../../ports/audit-log.js';
import type { LeadStatusChange } from '../../ports/lead-status-store.js';
import type { SendLedger } from '../../ports/send-ledger.js';
import type { SendWorkerDependencies } from '../../outbound/delivery/send-worker-dependencies.js';
import {
  createInMemoryOutboxDeliveryStore,
  type InMemoryOutboxDeliveryStore,
} from '../../outbound/delivery/__fixtures__/in-memory-outbox-delivery-store.js';
import { createSeededRandom, createYieldPoint } from '../../outbound/delivery/__fixtures__/seeded-random.js';
import { createInMemorySendLedger } from '../../outbound/policy/in-memory-send-ledger.js';
import { createChaosInstruments, type ChaosInstruments } from './chaos-instruments.js';
import { chaosSeeds } from './chaos-messages.js';
import { createChaosWorkerDependencies } from './chaos-worker-dependencies.js';
import type { ChaosMessage } from './run-send-chaos.js';

/** Monday 2026-11-23 10:00 in New York: inside the default send window. */
export const chaosStartMs = Date.parse('2026-11-23T15:00:00Z');

/** Everything one in-memory chaos run needs and leaves behind. */
export interface InMemoryChaosWorld {
  random: () => number;
  yieldPoint: () => Promise<void>;
  instruments: ChaosInstruments;
  delivery: InMemoryOutboxDeliveryStore;
  auditEvents: AuditEvent[];
  transitions: LeadStatusChange[];
  alerts: string[];
  workers: SendWorkerDependencies[];
  messages: ChaosMessage[];
}

/** Wraps a ledger so every call first yields to the other workers (the reservation itself stays atomic). */
function withYields(ledger: SendLedger, yieldPoint: () => Promise<void>): SendLedger {
  return {
    reserve: async (request) => (await yieldPoint(), ledger.reserve(request)),
    release: async (reservationId) => (await yieldPoint(), ledger.release(reservationId)),
    countSince: async (since) => (await yieldPoint(), ledger.countSince(since)),
    firstReservationAt: async () => (await yieldPoint(), ledger.firstReservationAt()),
  };
}

/**
 * An in-memory world of `workerCount` send workers: the in-memory outbox delivery store and send
 * ledger (shared), an audit log and a lead-status stub that record, the chaos instruments, and
 * `messageCount` queued rows — all driven by one seeded random source.
 */
export function createInMemoryChaosWorld(options: {
  seed: number;
  workerCount: number;
  messageCount: number;
  domainCount: number;
  failureRate: number;
  /** Give every worker the batch path (`handleSendJobs` with `batch` ports), as `main/send-worker.ts` does. */
  batch?: boolean;
  /** Simulated duration bound of each vendor call (`createChaosInstruments`' `vendorCallMs`); default 0. */
  vendorCallMs?: number;
}): InMemoryChaosWorld {
  const random = createSeededRandom(options.seed);
  const yieldPoint = createYieldPoint(random);
  const instruments = createChaosInstruments({
    startMs: chaosStartMs,
    failureRate: options.failureRate,
    random,
    latency: yieldPoint,
    ...(options.vendorCallMs ? { vendorCallMs: options.vendorCallMs } : {}),
  });
  const delivery = createInMemoryOutboxDeliveryStore({ yieldPoint });
  const auditEvents: AuditEvent[] = [];
  const transitions: LeadStatusChange[] = [];
  const alerts: string[] = [];
  const ledger = withYields(createInMemorySendLedger(), yieldPoint);
  const shared = {
    delivery,
    ledger,
    ...(options.batch ? { batch: { delivery } } : {}),
    audit: {
      record: async (events: readonly AuditEvent[]) => void auditEvents.push(...events),
      query: async () => ({ items: [], total: 0, nextCursor: null }),
    },
    leadStatus: {
      async applyTransitions(changes: readonly LeadStatusChange[]) {
        transitions.push(...changes);
        return { applied: [], unchanged: [], refused: [] };
      },
    },
    suppression: { suppressedAmong: async () => new Set<string>() },
  };
  let idCounter = 0;
  const seeds = chaosSeeds({
    count: options.messageCount,
    domainCount: options.domainCount,
    random,
    newId: () => `id-${(idCounter += 1)}`,
    tag: String(options.seed),
    createdAt: new Date(chaosStartMs),
  });
  for (const { lead, message } of seeds) delivery.insert(message, lead, new Date(chaosStartMs));
  const workers = Array.from({ length: options.workerCount }, (_, worker) =>
    createChaosWorkerDependencies(worker, shared, instruments, alerts),
  );
  return {
    random,
    yieldPoint,
    instruments,
    delivery,
    auditEvents,
    transitions,
    alerts,
    workers,
    messages: seeds.map(({ message }) => ({ outboxId: message.id, idempotencyKey: message.idempotencyKey })),
  };
}
