import { describe, expect, it } from 'vitest';
import type { AutoSignals, IntentResult } from '../../threading/index.js';
import { composeReplyDraft } from './compose-reply-draft.js';
import { routeReply, type ReplyFacts } from './route-reply.js';

const human: AutoSignals = { isAutoReply: false, autoReplyKind: null, isBounce: false };
const receivedAt = new Date('2026-11-22T10:00:00Z');

function facts(
  intent: Partial<IntentResult> & Pick<IntentResult, 'intent'>,
  overrides: Partial<ReplyFacts> = {},
): ReplyFacts {
  return {
    intent: { confidence: 0.9, needsReview: false, extracted: {}, ...intent },
    auto: human,
    fromAddress: 'sam@example.com',
    fromUs: false,
    leadId: 'lead-1',
    threadKey: '<root@example.org>',
    receivedAt,
    ...overrides,
  };
}

const kinds = (route: ReturnType<typeof routeReply>) => route.actions.map((action) => action.kind);

describe('reply routing (issue 6 "Status machine, routing")', () => {
  it('unsubscribe_request → EM-4 opt-out of the sender and a review note, never a sales reply', () => {
    const route = routeReply(facts({ intent: 'unsubscribe_request' }));
    expect(route.actions[0]).toEqual({ kind: 'opt_out', address: 'sam@example.com' });
    expect(kinds(route)).not.toContain('draft_reply');
    expect(route.actionTaken).toBe('suppressed');
    expect(route.needsReview).toBe(true);
    // An opt-out from an address we never imported still suppresses.
    expect(kinds(routeReply(facts({ intent: 'unsubscribe_request' }, { leadId: null, threadKey: null })))).toEqual([
      'opt_out',
    ]);
  });

  it('SPEC 4: a bounce suppresses only permanent failures; transient ones are recorded', () => {
    const permanent: AutoSignals = {
      isAutoReply: false,
      autoReplyKind: null,
      isBounce: true,
      bounce: {
        kind: 'failed',
        severity: 'hard',
        recipients: [{ address: 'sam@example.com', action: 'failed', status: '5.1.1', permanent: true }],
      },
    };
    const hard = routeReply(facts({ intent: 'bounce' }, { auto: permanent }));
    expect(hard.actions).toContainEqual({ kind: 'suppress_bounce', address: 'sam@example.com', status: '5.1.1' });
    expect(hard.actions).toContainEqual({ kind: 'lead_status', to: 'bounced', reason: 'bounce' });
    const delayed: AutoSignals = {
      ...permanent,
      bounce: {
        kind: 'delayed',
        severity: 'transient',
        recipients: [{ address: 'sam@example.com', action: 'delayed', status: '4.4.1', permanent: false }],
      },
    };
    const soft = routeReply(facts({ intent: 'bounce' }, { auto: delayed }));
    expect(kinds(soft)).toEqual(['record_timeline']);
    expect(soft.actionTaken).toBe('bounce_recorded');
  });

  it('out_of_office → pause the lead until the return date; without one, a default pause and review', () => {
    const dated = routeReply(facts({ intent: 'out_of_office', extracted: { returnDate: '2026-12-01' } }));
    expect(dated.actions).toContainEqual({
      kind: 'pause_automation',
      scope: 'lead',
      until: '2026-12-01T00:00:00.000Z',
      reason: 'out_of_office',
    });
    expect(dated.actionTaken).toBe('paused_until:2026-12-01');
    expect(dated.needsReview).toBe(false);
    const undated = routeReply(facts({ intent: 'out_of_office' }));
    expect(undated.actions).toContainEqual(
      expect.objectContaining({ kind: 'pause_automation', until: '2026-11-29T10:00:00.000Z' }),
    );
    expect(undated.needsReview).toBe(true);
  });

  it('referral → a new lead linked to the referrer; a referral without a contact goes to review', () => {
    const route = routeReply(facts({ intent: 'referral', extracted: { referralContacts: ['omar@example.com'] } }));
    expect(route.actions).toContainEqual({ kind: 'create_referral_lead', contacts: ['omar@example.com'] });
    expect(route.needsReview).toBe(false);
    expect(routeReply(facts({ intent: 'referral' })).needsReview).toBe(true);
  });

  it('issue 7: inside an open scheduling conversation a question is the answer to it — no COMMUNICATOR draft', () => {
    const answer = routeReply(facts({ intent: 'question' }, { schedulingAwaitingInThread: true }));
    expect(kinds(answer)).toEqual(['record_timeline', 'lead_status']);
    expect(answer.actionTaken).toBe('scheduling_answer');
    expect(kinds(routeReply(facts({ intent: 'question' })))).toContain('draft_reply');
    // An opt-out or out-of-office inside the conversation keeps its own route.
    expect(routeReply(facts({ intent: 'unsubscribe_request' }, { schedulingAwaitingInThread: true })).actionTaken).toBe(
      'suppressed',
    );
  });

  it('SPEC 7: scheduling_request and acceptance → scheduling-requested event and a Slack notification', () => {
    for (const intent of ['scheduling_request', 'acceptance'] as const) {
      const route = routeReply(
        facts({ intent, extracted: { proposedTimes: ['2026-11-25T15:00'], timezone: 'Europe/Berlin' } }),
      );
      expect(route.actions).toContainEqual({
        kind: 'scheduling_requested',
        proposedTimes: ['2026-11-25T15:00'],
        timezone: 'Europe/Berlin',
      });
      expect(kinds(route)).toContain('notify_chat');
      expect(route.actions).toContainEqual({ kind: 'lead_status', to: 'replied', reason: 'reply' });
    }
  });

  it('question / information_request → SMART reply draft; objection → ALWAYS; each sets its sales stage', () => {
    const expected = {
      question: ['SMART', 'needs_analysis'],
      information_request: ['SMART', 'solution_presentation'],
      objection: ['ALWAYS', 'objection_handling'],
    } as const;
    for (const [intent, [approvalClass, stage]] of Object.entries(expected)) {
      const route = routeReply(facts({ intent: intent as keyof typeof expected }));
      expect(route.actions).toContainEqual({ kind: 'set_sales_stage', stage });
      expect(route.actions).toContainEqual(
        expect.objectContaining({ kind: 'draft_reply', approvalClass, approvalAction: 'follow_up_email', stage }),
      );
      expect(route.actionTaken).toBe('draft_created');
    }
    // A doubtful reading never gets the SMART auto path.
    const doubtful = routeReply(facts({ intent: 'question', needsReview: true }));
    expect(doubtful.actions).toContainEqual(expect.objectContaining({ kind: 'draft_reply', approvalClass: 'ALWAYS' }));
    expect(doubtful.needsReview).toBe(true);
  });

  it('rejection → lead not_interested and the conversation ends', () => {
    const route = routeReply(facts({ intent: 'rejection' }));
    expect(route.actions).toContainEqual({ kind: 'lead_status', to: 'not_interested', reason: 'reply_negative' });
    expect(route.actions).toContainEqual({ kind: 'set_sales_stage', stage: 'end_conversation' });
  });

  it('SPEC 7: a reply from our own side in the thread pauses automation for that thread only', () => {
    const route = routeReply(facts({ intent: 'question' }, { fromUs: true, fromAddress: 'ana@example.org' }));
    expect(route.actions).toEqual([
      { kind: 'pause_automation', scope: 'thread', until: null, reason: 'our_side_replied' },
    ]);
    expect(route.actionTaken).toBe('thread_paused');
  });

  it('an unthreaded reply from an unknown sender is stored for review and changes nothing', () => {
    const route = routeReply(facts({ intent: 'question' }, { leadId: null, threadKey: null }));
    expect(route.actions).toEqual([]);
    expect(route.actionTaken).toBe('unmatched');
    expect(route.needsReview).toBe(true);
  });

  it('the template reply keeps the thread subject without stacking Re: (threading spec 3.3)', () => {
    const draft = composeReplyDraft({
      intent: 'objection',
      objectionType: 'timing',
      firstName: 'Sam',
      subject: 'RE: Re: Ops at Example',
      senderName: 'Ana',
      bookingLink: 'https://book.example.com/ana',
    });
    expect(draft.subject).toBe('Re: Ops at Example');
    expect(draft.body).toContain('Hi Sam,');
    expect(draft.body).toContain('timing is not right');
    expect(draft.body).toContain('https://book.example.com/ana');
  });
});
