import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SendWorkerDependencies } from '../../outbound/delivery/send-worker-dependencies.js';
import { createSeededRandom, createYieldPoint } from '../../outbound/delivery/__fixtures__/seeded-random.js';
import type { OutboxStatus } from '../../ports/pipeline-store.js';
import { leadStatusPolicy } from '../../signals/lead-status-policy.js';
import { createStore } from '../../store/create-store.js';
import { createLeadStatusRepository } from '../../store/repositories/lead-status-repository.js';
import { createOutboxDeliveryRepository } from '../../store/repositories/outbox-delivery-repository.js';
import { createSendReservationRepository } from '../../store/repositories/send-reservation-repository.js';
import type { Database } from '../../store/schema.js';
import { createChaosInstruments, type ChaosInstruments } from './chaos-instruments.js';
import { chaosSeeds } from './chaos-messages.js';
import { createChaosWorkerDependencies, type ChaosMailbox } from './chaos-worker-dependencies.js';
import type { SendLimitSettings } from '../../outbound/policy/validate-send-limits.js';
import { chaosStartMs } from './in-memory-chaos-world.js';
import type { ChaosMessage } from './run-send-chaos.js';

/** A chaos run on a real database: one Kysely per worker (separate pools on PostgreSQL). */
export interface SqlChaosWorld {
  random: () => number;
  yieldPoint: () => Promise<void>;
  instruments: ChaosInstruments;
  alerts: string[];
  workers: SendWorkerDependencies[];
  messages: ChaosMessage[];
  /** Every row of the run as it ended, read from the database. */
  rows(): Promise<{ outboxId: string; messageId: string; status: OutboxStatus }[]>;
}

/**
 * Seeds `messageCount` queued rows (leads upserted, outbox rows inserted through the real store)
 * on a migrated, empty schema and builds one send worker per entry of `databases` over the real SQL
 * repositories: the outbox delivery repository, the advisory-locked send-reservation ledger, the
 * audit log, the lead-status repository and the suppression list.
 */
export async function createSqlChaosWorld(options: {
  seed: number;
  databases: readonly Kysely<Database>[];
  messageCount: number;
  domainCount: number;
  failureRate: number;
  /** Send caps; default `chaosLimits`. */
  limits?: SendLimitSettings;
  /** Give every worker the batch path (`handleSendJobs` with `batch` ports), as `main/send-worker.ts` does. */
  batch?: boolean;
  /** Share of rows that reuse an earlier recipient (dedup); default 0.1. */
  reuseRate?: number;
  /** Sending mailboxes; default `chaosMailboxes`. */
  mailboxes?: readonly ChaosMailbox[];
}): Promise<SqlChaosWorld> {
  const random = createSeededRandom(options.seed);
  const yieldPoint = createYieldPoint(random);
  const instruments = createChaosInstruments({
    startMs: chaosStartMs,
    failureRate: options.failureRate,
    random,
    latency: yieldPoint,
  });
  const [first] = options.databases;
  if (!first) throw new Error('createSqlChaosWorld needs at least one database');
  const store = createStore(first, { suppressionSalt: 'chaos-salt' });
  const seeds = chaosSeeds({
    count: options.messageCount,
    domainCount: options.domainCount,
    random,
    newId: randomUUID,
    tag: `${options.seed}`,
    createdAt: new Date(chaosStartMs),
    ...(options.reuseRate === undefined ? {} : { reuseRate: options.reuseRate }),
  });
  // A reused recipient is one lead with two rows (dedup refuses the second send).
  const distinctLeads = [...new Map(seeds.map(({ lead }) => [lead.email, lead])).values()];
  const upserted = await store.leads.upsertMany(distinctLeads.map((lead) => ({ ...lead, rowNumber: 1 })));
  const leadIdByEmail = new Map(upserted.map(({ lead }) => [lead.email, lead.id]));
  // Scored tier-1 leads: channel routing sends email to every tier, the ramp is off.
  await store.leads.recordProgress(
    upserted.map(({ lead }) => ({ id: lead.id, status: 'queued', tier: 'tier_1', score: 80 })),
  );
  const messages = seeds.map(({ lead, message }) => ({ ...message, leadId: leadIdByEmail.get(lead.email) ?? lead.id }));
  await store.outbox.insertMany(messages);
  const alerts: string[] = [];
  const workers = options.databases.map((db, worker) => {
    const workerStore = createStore(db, { suppressionSalt: 'chaos-salt' });
    const workerDelivery = createOutboxDeliveryRepository(db);
    const workerLedger = createSendReservationRepository(db);
    const shared = {
      delivery: workerDelivery,
      ledger: workerLedger,
      ...(options.batch ? { batch: { delivery: workerDelivery } } : {}),
      audit: workerStore.audit,
      leadStatus: createLeadStatusRepository(db, { clock: instruments.clock, policy: leadStatusPolicy }),
      suppression: workerStore.suppression,
    };
    return createChaosWorkerDependencies(worker, shared, instruments, alerts, options.limits, options.mailboxes);
  });
  const delivery = createOutboxDeliveryRepository(first);
  return {
    random,
    yieldPoint,
    instruments,
    alerts,
    workers,
    messages: messages.map((message) => ({ outboxId: message.id, idempotencyKey: message.idempotencyKey })),
    async rows() {
      const records = await Promise.all(messages.map((message) => delivery.load(message.id)));
      return records.flatMap((record) =>
        record
          ? [{ outboxId: record.message.id, messageId: record.message.messageId, status: record.message.status }]
          : [],
      );
    },
  };
}
