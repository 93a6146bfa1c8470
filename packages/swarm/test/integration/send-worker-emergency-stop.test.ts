import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgBossJobQueue } from '../../src/jobs/pg-boss-queue.js';
import { sendBatchSize, startSendWorkers } from '../../src/main/send-worker.js';
import { sendEmailJob } from '../../src/outbound/delivery/handle-send-job.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import { createSqlChaosWorld } from '../../src/test-support/send-chaos/sql-chaos-world.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-database.js';

const messageCount = 150;
/** Caps far above the stream so only the kill switch stops it (spacing stays 30 s, on a fast clock). */
const openLimits = {
  monthly: 100_000,
  daily: 10_000,
  hourly: 10_000,
  perRecipientDomainPerHour: 10_000,
  mailboxSpacingSeconds: 30,
  mailboxDaily: 10_000,
};

/**
 * More cold mailboxes than `startSendWorkers` takes jobs per batch (`sendBatchSize`), so a whole
 * batch finds a mailbox outside its 30 s spacing instead of most of it being deferred by
 * `RetryJobAfter(30 s)` in REAL time (pg-boss `startAfter`), which starved the stream.
 */
const mailboxes = Array.from({ length: sendBatchSize + 10 }, (_, index) => ({
  address: `sender${index}@cold.example.com`,
  stream: 'cold' as const,
  platform: 'smtp',
}));

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}

describe('RES-5: emergency stop on the live send loop (pg-boss on PGlite, spy transport)', () => {
  let database: TestDatabase;
  let jobs: JobQueue | null = null;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.freshSchema();
  });
  afterAll(async () => {
    await jobs?.stop();
    await database.close();
  });

  it('RES-5: after EMERGENCY_STOP flips, no transport call starts (only one already past its last kill-switch check may finish), the stream halts within 1 s and queued work stays queued', async () => {
    const world = await createSqlChaosWorld({
      seed: 5,
      databases: [database.db],
      messageCount,
      domainCount: 40,
      failureRate: 0,
      limits: openLimits,
      mailboxes,
      batch: true,
    });
    // The simulated clock runs 31 s ahead every 20 ms of wall time, so mailbox spacing never binds.
    const ticker = setInterval(() => world.instruments.clock.set(world.instruments.clock.now().getTime() + 31_000), 20);
    try {
      jobs = await createPgBossJobQueue({ kind: 'pglite', pglite: database.pglite });
      await jobs.declareQueues([sendEmailJob, `${sendEmailJob}.dead`]);
      const [dependencies] = world.workers;
      await startSendWorkers(jobs, dependencies!);
      for (const message of world.messages) await jobs.send(sendEmailJob, message);
      await waitFor(() => world.instruments.deliveries.length >= 5, 30_000);

      world.instruments.flipEmergencyStop(true);
      const flip = world.instruments.flips.at(-1)!;
      const callsAtFlip = world.instruments.spy.calls;
      await sleep(1_500);

      const afterFlip = world.instruments.deliveries.filter((delivery) => delivery.sequence > flip.sequence);
      for (const delivery of afterFlip) {
        const lastCheck = world.instruments.switchReads
          .filter((read) => read.worker === delivery.worker && read.sequence < delivery.sequence)
          .at(-1);
        // Allowed only when that worker's last kill-switch read — the gateway's re-check after every validator — came before the flip.
        expect(lastCheck!.sequence).toBeLessThan(flip.sequence);
        expect(lastCheck!.source).toBe('gateway');
        expect(delivery.wallMs - flip.wallMs).toBeLessThan(1_000);
      }
      expect(afterFlip.length).toBeLessThanOrEqual(1);
      expect(world.instruments.spy.calls - callsAtFlip).toBeLessThanOrEqual(1);
      const callsAtHalt = world.instruments.spy.calls;
      await sleep(500);
      expect(world.instruments.spy.calls, 'no call in the half second after the halt was measured').toBe(callsAtHalt);

      const rows = await world.rows();
      const sent = rows.filter((row) => row.status === 'sent').length;
      expect(sent).toBe(world.instruments.deliveries.length);
      expect(sent).toBeLessThan(messageCount);
      expect(rows.filter((row) => row.status !== 'sent').every((row) => row.status === 'queued')).toBe(true);
      expect(await jobs.queuedCount(sendEmailJob)).toBeGreaterThan(0);
    } finally {
      clearInterval(ticker);
    }
  }, 60_000);
});
