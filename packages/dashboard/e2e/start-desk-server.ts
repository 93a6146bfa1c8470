import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

const run = promisify(execFile);

/** Paths of the monorepo this test runs in. */
export const repositoryRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** The compiled server the test loads (`npm run build -w caio-swarm`). */
export const swarmDist = join(repositoryRoot, 'packages/swarm/dist');
/** The dashboard build the test serves (rebuilt by the test's `beforeAll`). */
export const dashboardDist = join(repositoryRoot, 'packages/dashboard/dist');

/** The compiled server modules the test loads (declared here: the dashboard never imports swarm at build time). */
interface ServeModule {
  serverDependenciesFor(system: unknown): unknown;
}
interface ServerModule {
  createServerApp(dependencies: unknown): Hono;
}
interface ConfigModule {
  loadConfig(path: string | undefined, env: Record<string, string | undefined>, cwd: string): unknown;
}
interface OpenedSystem {
  close(): Promise<void>;
  database: { db: unknown; pglite: { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> } | null };
}
interface SystemModule {
  openSystem(config: unknown): Promise<OpenedSystem>;
}
interface MeetingsModule {
  meetingsFor(system: unknown): { store: unknown; hostTimezones: Record<string, string> };
}
/** The fields of swarm's `SchedulingConversation` (ports/scheduling-conversation-store.ts) the seed sets. */
interface SeededConversation {
  id: string;
  leadId: string;
  leadEmail: string;
  hostId: string;
  threadKey: string;
  prospectTimezone: string;
  timezoneConfirmed: boolean;
  durationMinutes: number;
  status: string;
  exchangeCount: number;
  proposals: string[];
  outsidePreferredStreak: number;
  history: { direction: 'outbound' | 'inbound'; at: string; note: string }[];
  bookingId: string | null;
  meetingStart: string | null;
  escalationReason: string | null;
  createdAt: string;
  updatedAt: string;
}
interface SchedulingRepositoryModule {
  createSchedulingConversationRepository(db: unknown): { save(conversation: SeededConversation): Promise<void> };
}

/** The replies seeded into the unified inbox (SPEC §4), by what they show. */
export interface SeededInbox {
  /** A question routed to a reply draft, threaded to the first lead. */
  question: string;
  /** A low-confidence reply waiting for review. */
  unsure: string;
  /** An opt-out that suppressed the lead. */
  optOut: string;
}

/** Why the real server cannot start here, or null when its compiled `dist` is present. */
export function missingServerBuild(): string | null {
  const needed = [
    'main/serve-command.js',
    'server/index.js',
    'config/load-config.js',
    'main/open-system.js',
    'main/bin.js',
    'main/inbox-dependencies.js',
    'main/meeting-dependencies.js',
    'store/repositories/scheduling-conversation-repository.js',
  ];
  const missing = needed.filter((file) => !existsSync(join(swarmDist, file)));
  return missing.length
    ? `packages/swarm is not built (missing dist/${missing.join(', dist/')}); run npm run build`
    : null;
}

/** A running approval desk: the real API app plus the dashboard build on one origin. */
export interface DeskServer {
  url: string;
  token: string;
  /** Ids of the classified replies seeded into `inbound_replies` (the mailbox poller's table). */
  inbox: SeededInbox;
  /** Ids of the scheduling conversations seeded into `scheduling_conversations` (SCHEDULER's table). */
  meetings: SeededMeetings;
  /** Calls the API from Node, with the token, for assertions behind the UI's back. */
  api<Result>(path: string): Promise<Result>;
  stop(): Promise<void>;
}

/**
 * Seeds a temporary `CAIO_HOME` by running the real pipeline (`caio run examples/leads.csv --limit 30`,
 * shadow mode), then opens the same system in-process and serves the real Hono app with the dashboard's
 * `dist/` mounted for every non-API path — the wiring `caio serve` is expected to do.
 */
export async function startDeskServer(token: string): Promise<DeskServer> {
  const workDirectory = await mkdtemp(join(tmpdir(), 'caio-dashboard-e2e-'));
  const environment = { CAIO_HOME: join(workDirectory, 'home'), CAIO_API_TOKEN: token };
  await run(
    process.execPath,
    [
      join(repositoryRoot, 'packages/swarm/bin/caio.js'),
      'run',
      join(repositoryRoot, 'examples/leads.csv'),
      '--limit',
      '30',
      '--json',
    ],
    { cwd: workDirectory, env: { ...process.env, ...environment }, maxBuffer: 16 * 1024 * 1024 },
  );
  const importDist = async <Module>(file: string) => (await import(join(swarmDist, file))) as Module;
  const { loadConfig } = await importDist<ConfigModule>('config/load-config.js');
  const { openSystem } = await importDist<SystemModule>('main/open-system.js');
  const { serverDependenciesFor } = await importDist<ServeModule>('main/serve-command.js');
  const { createServerApp } = await importDist<ServerModule>('server/index.js');

  const { meetingsFor } = await importDist<MeetingsModule>('main/meeting-dependencies.js');
  const { createSchedulingConversationRepository } = await importDist<SchedulingRepositoryModule>(
    'store/repositories/scheduling-conversation-repository.js',
  );

  const system = await openSystem(loadConfig(undefined, environment, workDirectory));
  const inbox = await seedInbox(system);
  const meetings = await seedMeetings(system, createSchedulingConversationRepository(system.database.db));
  const dependencies = serverDependenciesFor(system) as Record<string, unknown>;
  // The seeded config has no `hosts:`; the conversations' host gets the zone a `hosts:` entry would give.
  const meetingDependencies = { ...meetingsFor(system), hostTimezones: { [seededHostId]: 'Europe/London' } };
  const app = createServerApp({ ...dependencies, meetings: meetingDependencies });
  app.get('*', serveStatic({ root: dashboardDist }));

  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolveListening) => server.once('listening', () => resolveListening()));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no TCP address.');
  const url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    token,
    inbox,
    meetings,
    async api<Result>(path: string) {
      const response = await fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as Result;
    },
    async stop() {
      await new Promise<void>((resolveClosed) => server.close(() => resolveClosed()));
      await system.close();
      await rm(workDirectory, { recursive: true, force: true });
    },
  };
}

/**
 * Seeds three classified replies the way the mailbox poller stores them (`inbound_replies`, migration
 * 0010): the pipeline run sends nothing in shadow mode, so there is no real mail to poll here.
 */
async function seedInbox(system: OpenedSystem): Promise<SeededInbox> {
  const pglite = system.database.pglite;
  if (!pglite) throw new Error('The e2e desk runs on embedded PGlite.');
  const { rows } = await pglite.query('SELECT id::text AS id FROM leads ORDER BY created_at, id LIMIT 1');
  const leadId = (rows[0] as { id: string } | undefined)?.id ?? null;
  const now = Date.now();
  const insert = async (reply: {
    minutesAgo: number;
    text: string;
    intent: string;
    confidence: number;
    needsReview: boolean;
    action: string | null;
  }): Promise<string> => {
    const inserted = await pglite.query(
      `INSERT INTO inbound_replies (id, dedupe_key, message_id, mailbox, uid, threading_method, threading_confidence,
         lead_id, from_address, subject, received_at, visible_text, intent, confidence, needs_review, action_taken)
       VALUES (gen_random_uuid(), $1, $1, 'sales@example.com/INBOX', $2, 'in_reply_to', 1, $3::uuid,
         'prospect@example.net', 'Re: Hello', $4::timestamptz, $5, $6, $7, $8, $9)
       RETURNING id::text AS id`,
      [
        `<e2e-${reply.minutesAgo}@example.net>`,
        reply.minutesAgo,
        leadId,
        new Date(now - reply.minutesAgo * 60_000).toISOString(),
        reply.text,
        reply.intent,
        reply.confidence,
        reply.needsReview,
        reply.action,
      ],
    );
    return (inserted.rows[0] as { id: string }).id;
  };
  return {
    question: await insert({
      minutesAgo: 30,
      text: 'Does this work with our SAP setup?\nWe run S/4HANA on premise.',
      intent: 'question',
      confidence: 0.87,
      needsReview: false,
      action: 'draft_created',
    }),
    unsure: await insert({
      minutesAgo: 20,
      text: 'Maybe after the holidays, who knows.',
      intent: 'other',
      confidence: 0.35,
      needsReview: true,
      action: null,
    }),
    optOut: await insert({
      minutesAgo: 10,
      text: 'Please take me off your list.',
      intent: 'unsubscribe_request',
      confidence: 0.98,
      needsReview: false,
      action: 'suppressed',
    }),
  };
}

/** The host of the seeded scheduling conversations. */
const seededHostId = 'alex';

/** The scheduling conversations seeded for the meetings view (SPEC §7, issue 7), by what they show. */
export interface SeededMeetings {
  /** A booked 30-minute meeting on 2026-03-04 14:00 UTC with a Kolkata prospect. */
  booked: string;
  /** Two times proposed to a New York prospect whose zone is a guess; no reply yet. */
  awaiting: string;
  /** Handed to a human after five exchanges. */
  escalated: string;
}

/**
 * Seeds three SCHEDULER conversations through its store (`scheduling_conversations`, migration 0014):
 * shadow mode books nothing, so there is no real conversation to list here.
 */
async function seedMeetings(
  system: OpenedSystem,
  store: { save(conversation: SeededConversation): Promise<void> },
): Promise<SeededMeetings> {
  const pglite = system.database.pglite;
  if (!pglite) throw new Error('The e2e desk runs on embedded PGlite.');
  const { rows } = await pglite.query(
    "SELECT id::text AS id, coalesce(email, '') AS email FROM leads ORDER BY created_at, id LIMIT 3",
  );
  const leads = rows as { id: string; email: string }[];
  // Each conversation differs from one awaiting a reply to two proposals only in what it shows.
  const save = async (
    leadIndex: number,
    conversation: Pick<SeededConversation, 'id' | 'prospectTimezone' | 'updatedAt'> & Partial<SeededConversation>,
  ): Promise<string> => {
    const lead = leads[leadIndex] ?? { id: `lead-${leadIndex}`, email: '' };
    await store.save({
      leadId: lead.id,
      leadEmail: lead.email || 'prospect@example.net',
      hostId: seededHostId,
      threadKey: `<${conversation.id}@example.com>`,
      timezoneConfirmed: true,
      durationMinutes: 30,
      status: 'awaiting-reply',
      exchangeCount: 1,
      proposals: ['2026-03-03T09:30:00.000Z', '2026-03-04T14:00:00.000Z'],
      outsidePreferredStreak: 0,
      history: [{ direction: 'outbound', at: '2026-03-02T09:00:00.000Z', note: 'proposed 2 slots' }],
      bookingId: null,
      meetingStart: null,
      escalationReason: null,
      createdAt: '2026-03-02T09:00:00.000Z',
      ...conversation,
    });
    return conversation.id;
  };
  return {
    booked: await save(0, {
      id: 'e2e-booked',
      prospectTimezone: 'Asia/Kolkata',
      status: 'booked',
      exchangeCount: 2,
      bookingId: 'e2e-event-1',
      meetingStart: '2026-03-04T14:00:00.000Z',
      updatedAt: '2026-03-02T12:00:00.000Z',
    }),
    awaiting: await save(1, {
      id: 'e2e-awaiting',
      prospectTimezone: 'America/New_York',
      timezoneConfirmed: false,
      updatedAt: '2026-03-02T11:00:00.000Z',
    }),
    escalated: await save(2, {
      id: 'e2e-escalated',
      prospectTimezone: 'Europe/Berlin',
      status: 'escalated',
      exchangeCount: 5,
      escalationReason: 'exchange-limit',
      updatedAt: '2026-03-02T10:00:00.000Z',
    }),
  };
}
