import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrate.js';
import type { Database } from '../../src/store/schema.js';
import { createSeededRandom } from '../../src/outbound/delivery/__fixtures__/seeded-random.js';
import { chaosLimits } from '../../src/test-support/send-chaos/chaos-worker-dependencies.js';
import { randomChaosSchedule } from '../../src/test-support/send-chaos/chaos-schedule.js';
import { runSendChaos } from '../../src/test-support/send-chaos/run-send-chaos.js';
import { sendChaosViolations } from '../../src/test-support/send-chaos/send-chaos-invariants.js';
import { createSqlChaosWorld } from '../../src/test-support/send-chaos/sql-chaos-world.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-database.js';
import { serverUrl } from '../support/test-servers.js';

const runCount = 25;
/** Runs of the batch path (`handleSendJobs` with batch ports, each worker taking 1–50 ready jobs). */
const batchRunCount = 4;
/** Fixed base seed so CI replays the same 25 runs; a failure names its run seed. */
const baseSeed = 20_261_123;

/** One randomized run's knobs, derived from its seed (the in-memory test draws the same ranges). */
function runSetup(seed: number) {
  const random = createSeededRandom(seed ^ 0x5eed);
  return {
    seed,
    messageCount: 4 + Math.floor(random() * 11),
    domainCount: 2 + Math.floor(random() * 4),
    failureRate: random() * 0.5,
    flips: Math.floor(random() * 5),
    resumeAtEnd: random() < 0.7,
  };
}

/** The batch path's knobs: more messages (so batches fill) and a batch size of 1–50. */
function batchRunSetup(seed: number) {
  const random = createSeededRandom(seed ^ 0xba7c4);
  return {
    ...runSetup(seed),
    messageCount: 8 + Math.floor(random() * 33),
    batchSize: 1 + Math.floor(random() * 50),
  };
}

async function runOnce(
  seed: number,
  databases: readonly Kysely<Database>[],
  mode: 'one-by-one' | 'batch' = 'one-by-one',
): Promise<{ delivered: number }> {
  const setup = mode === 'batch' ? batchRunSetup(seed) : { ...runSetup(seed), batchSize: 1 };
  const world = await createSqlChaosWorld({ ...setup, databases, batch: mode === 'batch' });
  const schedule = randomChaosSchedule(world.random, setup.messageCount, setup);
  const run = await runSendChaos({ ...world, schedule, batchSize: setup.batchSize });
  const violations = sendChaosViolations(world.instruments, await world.rows(), run, {
    ...chaosLimits,
    rampDaily: null,
  });
  expect(violations, `run seed ${seed} (${JSON.stringify(setup)})`).toEqual([]);
  return { delivered: world.instruments.deliveries.length };
}

describe('send worker concurrency on PGlite (real SQL repositories, 4 concurrent handler loops)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it(`RES-3 / EM-7 / RES-5: ${runCount} random runs with injected faults and stop flips never send twice, never exceed a SPEC 3.7 cap, send nothing after a stop, and lose no row`, async () => {
    let delivered = 0;
    for (let run = 0; run < runCount; run += 1) {
      await database.freshSchema();
      const workers = [database.db, database.db, database.db, database.db];
      delivered += (await runOnce(baseSeed + run, workers)).delivered;
    }
    expect(delivered).toBeGreaterThan(runCount);
  }, 180_000);

  it(`RES-3 / EM-7 / RES-5: ${batchRunCount} random runs of the BATCH path (each worker hands 1–50 ready jobs to handleSendJobs) keep every invariant`, async () => {
    let delivered = 0;
    for (let run = 0; run < batchRunCount; run += 1) {
      await database.freshSchema();
      const workers = [database.db, database.db, database.db, database.db];
      delivered += (await runOnce(baseSeed + 1_000 + run, workers, 'batch')).delivered;
    }
    expect(delivered).toBeGreaterThan(batchRunCount);
  }, 180_000);
});

const server = serverUrl('CAIO_TEST_DATABASE_URL');

describe.skipIf(server.skipReason !== null)(
  `send worker concurrency on PostgreSQL (4 workers, 4 connection pools)${server.skipReason ? ` — skipped: ${server.skipReason}` : ''}`,
  () => {
    const databaseName = `caio_chaos_${randomBytes(4).toString('hex')}`;
    const urlFor = (name: string) => {
      const url = new URL(server.url as string);
      url.pathname = `/${name}`;
      return url.toString();
    };
    const admin = () => new pg.Client({ connectionString: server.url });
    const open: Kysely<Database>[] = [];
    /** A Kysely over its own pool whose connections all use `schema`. */
    const connect = (schema: string, max: number) => {
      const db = new Kysely<Database>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: urlFor(databaseName), max, options: `-c search_path=${schema}` }),
        }),
      });
      open.push(db);
      return db;
    };

    beforeAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`CREATE DATABASE ${databaseName}`);
      await client.end();
    });
    afterAll(async () => {
      for (const db of open.splice(0)) await db.destroy();
      const client = admin();
      await client.connect();
      // Ended pools' sessions close asynchronously; FORCE-killing one still closing surfaces as an
      // unhandled 57P01 on its client, so wait (≤ 2 s) until the server has let them go.
      for (let attempt = 0; attempt < 40; attempt += 1) {
        const { rows } = await client.query<{ sessions: number }>(
          'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1',
          [databaseName],
        );
        if ((rows[0]?.sessions ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await client.end();
    });

    /** `count` runs, each in a fresh schema with 4 workers on their own pools. */
    async function runInFreshSchemas(prefix: string, count: number, seedOffset: number, mode: 'one-by-one' | 'batch') {
      let delivered = 0;
      for (let run = 0; run < count; run += 1) {
        const schema = `${prefix}_${run}`;
        const setupDb = connect(schema, 1);
        await sql.raw(`CREATE SCHEMA ${schema}`).execute(setupDb);
        await migrateToLatest(setupDb as Kysely<unknown>, { schema });
        const workers = [0, 1, 2, 3].map(() => connect(schema, 2));
        try {
          delivered += (await runOnce(baseSeed + seedOffset + run, workers, mode)).delivered;
        } finally {
          for (const db of open.splice(0)) await db.destroy();
        }
      }
      return delivered;
    }

    it(`RES-3 / EM-7 / RES-5: ${runCount} random runs with 4 workers on separate pools (real races) keep every invariant`, async () => {
      expect(await runInFreshSchemas('chaos', runCount, 0, 'one-by-one')).toBeGreaterThan(runCount);
    }, 300_000);

    it(`RES-3 / EM-7 / RES-5: ${batchRunCount} random runs of the BATCH path with 4 workers on separate pools keep every invariant`, async () => {
      expect(await runInFreshSchemas('chaos_batch', batchRunCount, 1_000, 'batch')).toBeGreaterThan(batchRunCount);
    }, 300_000);
  },
);
