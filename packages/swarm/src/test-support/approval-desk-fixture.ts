import { createHash, randomUUID } from 'node:crypto';
import type { Tier } from '../domain/lead.js';
import type { ApprovalDeskStore } from '../ports/approval-desk-store.js';
import type { JobQueue, SendJobOptions } from '../ports/job-queue.js';
import type { Store, StoredDraft } from '../ports/pipeline-store.js';
import type { RunLog } from '../ports/run-log.js';
import { draftContentHash } from '../pipeline/run/approve-chunk.js';
import { createStore } from '../store/create-store.js';
import { createApprovalDeskStore } from '../store/repositories/approval-desk-repository.js';
import { createRunRepository } from '../store/repositories/run-repository.js';
import type { TestDatabase } from './test-database.js';

/** A clock tests move by hand. */
export interface FakeClock {
  now(): Date;
  advance(milliseconds: number): void;
}

export function createFakeClock(start = new Date('2026-11-22T10:00:00Z')): FakeClock {
  let current = start.getTime();
  return { now: () => new Date(current), advance: (milliseconds) => (current += milliseconds) };
}

/** A job queue that records what was enqueued (the "test spy" of STYLE.md §11). */
export interface RecordingJobQueue extends JobQueue {
  readonly sent: { name: string; payload: object; options: SendJobOptions | undefined }[];
}

export function createRecordingJobQueue(): RecordingJobQueue {
  const sent: RecordingJobQueue['sent'] = [];
  return {
    sent,
    declareQueues: async () => undefined,
    send: async (name, payload, options) => {
      sent.push({ name, payload, options });
      return randomUUID();
    },
    sendMany: async (name, payloads, options) => {
      for (const payload of payloads) sent.push({ name, payload, options });
    },
    work: async () => undefined,
    queuedCount: async (name) => sent.filter((job) => job.name === name).length,
    stop: async () => undefined,
  };
}

/** The real store, desk store and run log on a fresh schema, with a fake clock and a recording queue. */
export interface ApprovalDeskFixture {
  store: Store;
  desk: ApprovalDeskStore;
  runLog: RunLog;
  clock: FakeClock;
  jobs: RecordingJobQueue;
  /** Seeds `count` leads, each scored, drafted and queued for approval (created one second apart). */
  seedQueue(
    count: number,
    options?: { tier?: Tier; body?: (seed: number) => string },
  ): Promise<{ approvalIds: string[]; draftIds: string[]; leadIds: string[] }>;
}

let seeded = 0;

/** Builds the fixture on a fresh schema of `database` (call `freshSchema()` first). */
export function createApprovalDeskFixture(database: TestDatabase): ApprovalDeskFixture {
  const store = createStore(database.db, { suppressionSalt: 'test-salt' });
  const clock = createFakeClock();
  const fixture: ApprovalDeskFixture = {
    store,
    desk: createApprovalDeskStore(database.db),
    runLog: createRunRepository(database.db),
    clock,
    jobs: createRecordingJobQueue(),
    async seedQueue(count, options = {}) {
      const tier = options.tier ?? 'tier_1';
      const result = { approvalIds: [] as string[], draftIds: [] as string[], leadIds: [] as string[] };
      for (let index = 0; index < count; index += 1) {
        seeded += 1;
        const email = `person${seeded}@company${seeded}.example.com`;
        const [upserted] = await store.leads.upsertMany([
          {
            rowNumber: index + 1,
            firstName: `Person${seeded}`,
            lastName: 'Example',
            title: 'VP Operations',
            seniority: 'vp',
            email,
            emailKey: email,
            linkedinUrl: null,
            phone: null,
            companyName: `Company ${seeded}`,
            companyDomain: `company${seeded}.example.com`,
            industry: 'Logistics',
            employeeCount: 120,
            city: null,
            state: null,
            country: 'USA',
            source: 'csv:test.csv',
            attributes: {},
          },
        ]);
        const leadId = upserted!.lead.id;
        const at = new Date(clock.now().getTime() + index * 1000);
        await store.leads.recordProgress([{ id: leadId, status: 'pending_approval', tier, score: 80 }]);
        await store.scores.recordMany([
          {
            leadId,
            runId: null,
            scoredAt: at,
            result: {
              score: 80,
              tier,
              components: { title: 25, industry: 20, companySize: 15, location: 10, completeness: 5, intent: 5 },
              multipliers: {},
              intentScore: 25,
              reasons: ['+25 title: VP Operations matches priority title'],
              disqualification: null,
            },
          },
        ]);
        const draft: StoredDraft = {
          id: randomUUID(),
          leadId,
          runId: null,
          sequenceStep: 1,
          angleId: 't1-ops-efficiency',
          status: 'pending_approval',
          subjectA: `Ops at Company ${seeded}`,
          subjectB: `A question for Person${seeded}`,
          body: options.body?.(seeded) ?? `Hi Person${seeded},\n\nA short note about operations.\n\nBest`,
          evidence: [{ kind: 'lead.title', value: 'VP Operations', source: 'csv', observedAt: at.toISOString() }],
          fingerprint: `fingerprint-${seeded}`,
          edited: { subjectA: null, subjectB: null, body: null },
          guard: { passed: true, mode: 'enforce', violations: [] },
          createdAt: at,
        };
        const approvalId = randomUUID();
        await store.drafts.insertMany([draft]);
        await store.approvals.insertMany([
          {
            id: approvalId,
            draftId: draft.id,
            leadId,
            agent: 'OPERATOR',
            action: 'send_email',
            approvalClass: 'ALWAYS',
            status: 'pending',
            contentHash: draftContentHash(draft),
            decidedBy: null,
            decidedAt: null,
            reason: null,
            dueAt: new Date(at.getTime() + 7_200_000),
            createdAt: at,
          },
        ]);
        result.approvalIds.push(approvalId);
        result.draftIds.push(draft.id);
        result.leadIds.push(leadId);
      }
      return result;
    },
  };
  return fixture;
}

/** Test tokens (≥ 32 characters) by role, and their configured form (name, role, SHA-256 hex). */
export const testTokens = {
  viewer: 'viewer-token-0123456789abcdef0123456789abcdef',
  approver: 'approver-token-0123456789abcdef0123456789abcdef',
  admin: 'admin-token-0123456789abcdef0123456789abcdef',
} as const;

export function configuredTestTokens(): { name: string; role: 'viewer' | 'approver' | 'admin'; sha256: string }[] {
  return (['viewer', 'approver', 'admin'] as const).map((role) => ({
    name: `${role}@example.com`,
    role,
    sha256: createHash('sha256').update(testTokens[role]).digest('hex'),
  }));
}

/** The server's dependencies over the fixture (structurally `ServerDependencies`). */
export function fixtureServerDependencies(fixture: ApprovalDeskFixture, database: TestDatabase) {
  return {
    tokens: configuredTestTokens(),
    corsOrigins: ['https://desk.example.com'],
    clock: fixture.clock,
    killSwitches: {
      read: async () => ({
        EMERGENCY_STOP: false,
        PAUSE_ALL_SENDS: false,
        SHADOW_MODE_OVERRIDE: false,
        REQUIRE_MANUAL_APPROVAL: false,
        sources: {},
      }),
    },
    checkDatabase: async () => {
      await database.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    },
    store: fixture.store,
    desk: fixture.desk,
    runLog: fixture.runLog,
    jobs: fixture.jobs,
    mode: 'assisted' as const,
    newId: randomUUID,
    batchTtlMs: 15 * 60_000,
    config: { mode: 'assisted', auth: { tokens: configuredTestTokens() }, unsubscribeSecret: 'do-not-show' },
  };
}
