import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedImapSettings } from '../config/imap-schema.js';
import { scriptedLanguageModel } from '../test-support/scripted-language-model.js';
import {
  openReplyRoutingSystem,
  recordingSlack,
  seedRoutingScenario,
  type RoutingScenario,
} from '../test-support/reply-scenario.js';
import { fakeInboxReader } from '../test-support/fake-inbox-reader.js';
import { pollAllMailboxes } from './mailbox-polling.js';
import type { System } from './open-system.js';

const inbox = 'replies@caio.test';
const now = new Date('2026-11-22T10:00:00Z');

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
    system = await openReplyRoutingSystem({
      ourMailbox: 'ana@caio.test',
      unsubscribeSecret: 'unit-unsubscribe-secret-0123456789abcdef',
      clock: { now: () => now },
    });
    scenario = await seedRoutingScenario(system, { inbox, ourMailbox: 'ana@caio.test', marker: 'llm', now });
  });
  afterAll(async () => system?.close());

  it('threading §7 rules 1–3: model answers are stored with their layer, fallbacks keep the rules, drafts use the model', async () => {
    const { model, calls } = scriptedLanguageModel(modelAnswer);
    const imap: ResolvedImapSettings = {
      pollSeconds: 60,
      mailboxes: [
        { key: 'llm@fake/INBOX', host: 'fake', port: 143, secure: false, user: inbox, folder: 'INBOX', password: 'x' },
      ],
    };
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
