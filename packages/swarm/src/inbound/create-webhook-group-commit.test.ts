import { describe, expect, it } from 'vitest';
import type { JobQueue, SendManyJobsOptions } from '../ports/job-queue.js';
import type { WebhookEventRecord, WebhookEventStore } from '../ports/webhook-event-store.js';
import { createWebhookGroupCommit } from './create-webhook-group-commit.js';

function record(id: string, providerEventId: string): WebhookEventRecord {
  return {
    id,
    source: 'instantly',
    providerEventId,
    receivedAt: new Date('2026-11-22T00:00:00Z'),
    status: 'received',
    events: [],
    error: null,
  };
}

/** A store keeping keys in memory whose batches are observable; `failNext` makes one batch throw. */
function batchingStore() {
  const keys = new Set<string>();
  const batches: string[][] = [];
  const state = { failNext: false };
  const store: WebhookEventStore = {
    recordOnce: async () => {
      throw new Error('not used');
    },
    async recordManyOnce(records, afterInsert) {
      batches.push(records.map((row) => row.id));
      if (state.failNext) {
        state.failNext = false;
        throw new Error('disk full');
      }
      const inserted = records.filter((row) => !keys.has(row.providerEventId) && keys.add(row.providerEventId));
      await afterInsert?.(inserted, { isStoreTransaction: true });
      return records.map((row) => inserted.includes(row));
    },
    find: async () => undefined,
    markProcessed: async () => undefined,
    purgeReceivedBefore: async () => 0,
  };
  return { store, batches, state };
}

function recordingJobs() {
  const calls: { name: string; payloads: readonly object[]; options: SendManyJobsOptions | undefined }[] = [];
  const jobs: JobQueue = {
    declareQueues: async () => undefined,
    send: async () => {
      throw new Error('sendMany expected');
    },
    sendMany: async (name, payloads, options) => void calls.push({ name, payloads, options }),
    work: async () => undefined,
    queuedCount: async () => 0,
    stop: async () => undefined,
  };
  return { jobs, calls };
}

describe('webhook group commit (WH-4, WH-7)', () => {
  it('WH-7: concurrent deliveries share one transaction and one multi-job enqueue of the new rows only', async () => {
    const { store, batches } = batchingStore();
    const { jobs, calls } = recordingJobs();
    const storeDelivery = createWebhookGroupCommit({ events: store, jobs });
    const followUp = (id: string) => ({ name: 'inbound-event', payload: { webhookEventId: id } });
    const answers = await Promise.all([
      storeDelivery({ record: record('a', 'evt-1'), followUp: followUp('a') }),
      storeDelivery({ record: record('b', 'evt-1'), followUp: followUp('b') }),
      storeDelivery({ record: record('c', 'evt-2') }),
      storeDelivery({ record: record('d', 'evt-3'), followUp: followUp('d') }),
    ]);
    expect(answers).toEqual([true, false, true, true]);
    expect(batches).toEqual([['a', 'b', 'c', 'd']]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.payloads).toEqual([{ webhookEventId: 'a' }, { webhookEventId: 'd' }]);
    expect(calls[0]?.options?.transaction).toBeDefined();
  });

  it('WH-7: a failed batch rejects every delivery in it; the next batch commits normally', async () => {
    const { store, batches, state } = batchingStore();
    const { jobs } = recordingJobs();
    const storeDelivery = createWebhookGroupCommit({ events: store, jobs, maxBatch: 2 });
    state.failNext = true;
    const answers = await Promise.allSettled([
      storeDelivery({ record: record('a', 'evt-1') }),
      storeDelivery({ record: record('b', 'evt-2') }),
      storeDelivery({ record: record('c', 'evt-3') }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(batches).toEqual([['a', 'b'], ['c']]);
    // The vendor's retry of a rejected delivery is stored, not treated as a duplicate.
    expect(await storeDelivery({ record: record('a2', 'evt-1') })).toBe(true);
  });
});
