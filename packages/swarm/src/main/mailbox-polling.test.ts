import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedImapMailbox, ResolvedImapSettings } from '../config/imap-schema.js';
import type { JobQueue, QueuedJob, SendJobOptions } from '../ports/job-queue.js';
import type { MailboxWatcher, MailboxWatchSession } from '../ports/mailbox-watcher.js';
import {
  openReplyRoutingSystem,
  recordingSlack,
  seedRoutingScenario,
  type RoutingScenario,
} from '../test-support/reply-scenario.js';
import { fakeInboxReader } from '../test-support/fake-inbox-reader.js';
import { scriptedLanguageModel } from '../test-support/scripted-language-model.js';
import { pollAllMailboxes, startMailboxPolling } from './mailbox-polling.js';
import type { System } from './open-system.js';

const inbox = 'replies@caio.test';
const now = new Date('2026-11-22T10:00:00Z');

/** An in-memory system for reply routing with the four seeded threads (`marker` keeps their ids apart). */
async function openSeededSystem(marker: string): Promise<{ system: System; scenario: RoutingScenario }> {
  const system = await openReplyRoutingSystem({
    ourMailbox: 'ana@caio.test',
    unsubscribeSecret: 'unit-unsubscribe-secret-0123456789abcdef',
    clock: { now: () => now },
  });
  const scenario = await seedRoutingScenario(system, { inbox, ourMailbox: 'ana@caio.test', marker, now });
  return { system, scenario };
}

/** A configured mailbox that no server backs (tests give `readerFor` / `watcherFor` fakes). */
function fakeMailbox(user: string, idle?: boolean): ResolvedImapMailbox {
  return {
    key: `${user}@fake/INBOX`,
    host: 'fake',
    port: 143,
    secure: false,
    user,
    folder: 'INBOX',
    password: 'x',
    ...(idle === undefined ? {} : { idle }),
  };
}

describe('mailbox polling → threading → intent → routing (issue 6 "Mailboxes", "routing")', () => {
  let system: System;
  let scenario: RoutingScenario;
  const { slack, posted } = recordingSlack();

  beforeAll(async () => {
    ({ system, scenario } = await openSeededSystem('unit'));
  });
  afterAll(async () => system?.close());

  it('threads each reply to its outbox row, classifies it, routes it once, and saves the cursor after storing', async () => {
    const reader = fakeInboxReader(scenario.replies.map((reply) => reply.raw));
    const imap: ResolvedImapSettings = { pollSeconds: 60, mailboxes: [fakeMailbox(inbox)] };
    const log: string[] = [];
    const [report] = await pollAllMailboxes(system, {
      imap,
      readerFor: () => reader,
      slack,
      log: (line) => log.push(line),
    });
    expect(report).toMatchObject({ fetched: 4, routed: 4, duplicates: 0 });
    const db = system.database.db;
    const replies = await db.selectFrom('inbound_replies').selectAll().execute();
    const byLead = new Map(replies.map((reply) => [reply.lead_id, reply]));
    for (const [thread, intent] of [
      [scenario.unsubscribe, 'unsubscribe_request'],
      [scenario.outOfOffice, 'out_of_office'],
      [scenario.scheduling, 'scheduling_request'],
      [scenario.question, 'question'],
    ] as const) {
      const reply = byLead.get(thread.leadId);
      expect(reply?.outbox_id, intent).toBe(thread.outboxId);
      expect(reply?.thread_key).toBe(thread.messageId);
      expect(reply?.intent).toBe(intent);
      expect(reply?.routed_at).not.toBeNull();
    }
    // unsubscribe → suppression + terminal status (EM-4)
    expect(await system.store.suppression.suppressedAmong([scenario.unsubscribe.email])).toEqual(
      new Set([scenario.unsubscribe.email]),
    );
    expect((await system.store.leads.findById(scenario.unsubscribe.leadId))?.status).toBe('unsubscribed');
    // out of office → pause until the return date
    const pause = await db
      .selectFrom('automation_pauses')
      .selectAll()
      .where('lead_id', '=', scenario.outOfOffice.leadId)
      .executeTakeFirst();
    expect(pause?.paused_until?.toISOString()).toBe('2027-12-01T00:00:00.000Z');
    expect(byLead.get(scenario.outOfOffice.leadId)?.action_taken).toBe('paused_until:2027-12-01');
    // scheduling → scheduling-requested event + Slack through the gateway
    const events = await db
      .selectFrom('domain_events')
      .selectAll()
      .where('type', '=', 'scheduling-requested')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toMatchObject({
      leadId: scenario.scheduling.leadId,
      threadKey: scenario.scheduling.messageId,
      timezone: 'CET',
    });
    expect(posted).toHaveLength(1);
    expect(posted[0]?.channel).toBe('C0REPLIES');
    // question → draft + pending SMART approval + sales stage
    const approvals = await db
      .selectFrom('approvals')
      .selectAll()
      .where('lead_id', '=', scenario.question.leadId)
      .execute();
    expect(approvals).toMatchObject([
      { agent: 'CRAFTER', action: 'follow_up_email', approval_class: 'SMART', status: 'pending' },
    ]);
    const draft = await system.store.drafts.findById(approvals[0]!.draft_id);
    expect(draft?.subjectA).toBe(`Re: ${scenario.question.subject}`);
    expect(draft?.body).toContain('Hi quinn,');
    const stage = await db
      .selectFrom('lead_sales_stages')
      .selectAll()
      .where('lead_id', '=', scenario.question.leadId)
      .executeTakeFirst();
    expect(stage?.stage).toBe('needs_analysis');
    expect((await system.store.leads.findById(scenario.question.leadId))?.status).toBe('replied');
    // PII-2: log lines carry no raw addresses
    expect(log.join('\n')).not.toContain('@example.com');
    expect(await db.selectFrom('mailbox_cursors').selectAll().execute()).toMatchObject([
      { mailbox: imap.mailboxes[0]!.key },
    ]);

    // A second poll resumes at the cursor; a re-read from scratch (lost cursor) routes nothing twice.
    const [second] = await pollAllMailboxes(system, { imap, readerFor: () => reader, slack, log: () => undefined });
    expect(reader.calls.at(-1)).toEqual({ uidValidity: 7, lastUid: 4 });
    expect(second?.fetched).toBe(0);
    await db.deleteFrom('mailbox_cursors').execute();
    const [reread] = await pollAllMailboxes(system, { imap, readerFor: () => reader, slack, log: () => undefined });
    expect(reread).toMatchObject({ fetched: 4, routed: 0, duplicates: 4 });
    expect(await db.selectFrom('inbound_replies').selectAll().execute()).toHaveLength(4);
    expect(posted).toHaveLength(1);
  });

  it('issue 6 "Mailboxes": an IDLE notification enqueues one poll of that mailbox through the job queue; stop() ends the watcher', async () => {
    const sent: { name: string; payload: object; options: SendJobOptions | undefined }[] = [];
    const crons: string[] = [];
    let handler: ((job: QueuedJob<{ mailbox?: string }>) => Promise<void>) | null = null;
    const jobs: JobQueue = {
      declareQueues: async () => undefined,
      send: async (name, payload, options) => {
        sent.push({ name, payload, options });
        return 'job-1';
      },
      work: async <Payload>(_name: string, registered: (job: QueuedJob<Payload>) => Promise<void>) => {
        handler = registered as unknown as typeof handler;
      },
      schedule: async (_name, cron) => void crons.push(cron),
      queuedCount: async () => 0,
      stop: async () => undefined,
    };
    const imap: ResolvedImapSettings = {
      pollSeconds: 600,
      mailboxes: [fakeMailbox('watched@caio.test'), fakeMailbox('polled@caio.test', false)],
    };
    const readers = new Map(imap.mailboxes.map((entry) => [entry.key, fakeInboxReader([])]));
    const sessions: MailboxWatchSession[] = [];
    const watched: string[] = [];
    const watcherFor = (entry: { key: string }): MailboxWatcher => {
      watched.push(entry.key);
      return {
        watch: (session) =>
          new Promise((resolve) => {
            sessions.push(session);
            session.onReady();
            session.signal.addEventListener('abort', () => resolve('stopped'));
          }),
      };
    };
    const polling = await startMailboxPolling(jobs, system, {
      imap,
      readerFor: (entry) => readers.get(entry.key)!,
      watcherFor,
      slack,
      log: () => undefined,
    });
    expect(crons).toEqual(['*/10 * * * *']);
    expect(watched).toEqual(['watched@caio.test@fake/INBOX']);
    // Two EXISTS in a burst → one job for that mailbox, carrying its singleton key.
    sessions[0]!.onNewMail();
    sessions[0]!.onNewMail();
    await Promise.resolve();
    expect(sent).toEqual([
      {
        name: 'mailbox-poll',
        payload: { mailbox: 'watched@caio.test@fake/INBOX' },
        options: { singletonKey: 'mailbox-poll:watched@caio.test@fake/INBOX' },
      },
    ]);
    // The job polls only that mailbox; once it started, the next notification enqueues again.
    await handler!({ id: 'job-1', name: 'mailbox-poll', payload: sent[0]!.payload, retryCount: 0 });
    expect(readers.get('watched@caio.test@fake/INBOX')!.calls).toHaveLength(1);
    expect(readers.get('polled@caio.test@fake/INBOX')!.calls).toHaveLength(0);
    sessions[0]!.onNewMail();
    await Promise.resolve();
    expect(sent).toHaveLength(2);
    // The cron tick ({}) polls every mailbox.
    await handler!({ id: 'job-2', name: 'mailbox-poll', payload: {}, retryCount: 0 });
    expect(readers.get('polled@caio.test@fake/INBOX')!.calls).toHaveLength(1);
    await polling.stop();
    expect(sessions[0]!.signal.aborted).toBe(true);
  });
});

/** One scripted model for both steps: drafting asks for {"body"}, classification for an intent. */
function modelAnswer(user: string): string {
  if (user.includes('{"body"'))
    return JSON.stringify({ body: 'Yes, we sync both ways. [describe the Salesforce sync]' });
  if (user.includes('Salesforce')) return JSON.stringify({ intent: 'question', confidence: 0.91, extracted: {} });
  if (user.includes('remove me')) return JSON.stringify({ intent: 'rejection', confidence: 0.7, extracted: {} });
  return 'Tuesday 3pm sounds like scheduling to me.';
}

describe('mailbox polling with a language model (threading spec §7 rule 2; SPEC §1 principle 5)', () => {
  let system: System;
  let scenario: RoutingScenario;
  const { slack } = recordingSlack();

  beforeAll(async () => {
    ({ system, scenario } = await openSeededSystem('llm'));
  });
  afterAll(async () => system?.close());

  it('threading §7 rules 1–3: model answers are stored with their layer, fallbacks keep the rules, drafts use the model', async () => {
    const { model, calls } = scriptedLanguageModel(modelAnswer);
    const imap: ResolvedImapSettings = { pollSeconds: 60, mailboxes: [fakeMailbox(inbox)] };
    const [report] = await pollAllMailboxes(system, {
      imap,
      readerFor: () => fakeInboxReader(scenario.replies.map((reply) => reply.raw)),
      slack,
      log: () => undefined,
      languageModel: model,
    });
    expect(report).toMatchObject({ fetched: 4, routed: 4 });
    const replies = await system.database.db.selectFrom('inbound_replies').selectAll().execute();
    const byLead = new Map(replies.map((reply) => [reply.lead_id, reply]));
    // Rule 3: the rules' explicit opt-out wins over the model's "rejection".
    expect(byLead.get(scenario.unsubscribe.leadId)).toMatchObject({
      intent: 'unsubscribe_request',
      needs_review: true,
    });
    // Rule 1: the out-of-office detector decides; the model is not asked (3 classifications + 1 draft).
    expect(byLead.get(scenario.outOfOffice.leadId)?.intent).toBe('out_of_office');
    expect(calls).toHaveLength(4);
    expect(byLead.get(scenario.question.leadId)).toMatchObject({
      intent: 'question',
      extracted: { classification: { layer: 'model', model: 'mock:scripted' } },
    });
    // Malformed model JSON: the rules result stands, and why is recorded.
    expect(byLead.get(scenario.scheduling.leadId)).toMatchObject({
      intent: 'scheduling_request',
      extracted: { classification: { layer: 'rules_fallback', fallbackReason: 'schema_violation' } },
    });
    const approval = await system.database.db
      .selectFrom('approvals')
      .selectAll()
      .where('lead_id', '=', scenario.question.leadId)
      .executeTakeFirstOrThrow();
    const draft = await system.store.drafts.findById(approval.draft_id);
    expect(draft?.body).toContain('Hi quinn,\n\nYes, we sync both ways. [describe the Salesforce sync]');
    // INJ-4: the quoted history (our footer) never reached the model.
    expect(calls.map((call) => call.user).join('\n')).not.toContain('Not interested? Unsubscribe');
  });
});
