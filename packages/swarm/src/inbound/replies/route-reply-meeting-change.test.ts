import { describe, expect, it } from 'vitest';
import type { AutoSignals, IntentResult } from '../../threading/index.js';
import { routeReply, type ReplyFacts } from './route-reply.js';

const human: AutoSignals = { isAutoReply: false, autoReplyKind: null, isBounce: false };

function facts(intent: IntentResult['intent'], overrides: Partial<ReplyFacts> = {}): ReplyFacts {
  return {
    intent: { intent, confidence: 0.9, needsReview: false, extracted: {} },
    auto: human,
    fromAddress: 'pat@example.org',
    fromUs: false,
    leadId: 'lead-1',
    threadKey: '<root@example.org>',
    receivedAt: new Date('2026-03-02T10:00:00Z'),
    ...overrides,
  };
}

describe('reply routing in the thread of a BOOKED meeting (issue 7; specs/scheduling.md §6.8)', () => {
  it('§6.8: "can we do Thursday instead" is a reschedule request, not a new scheduling request or a draft', () => {
    for (const intent of ['scheduling_request', 'question', 'other'] as const) {
      const route = routeReply(facts(intent, { bookedMeetingChange: 'reschedule' }));
      expect(route.actionTaken).toBe('meeting_reschedule_requested');
      expect(route.actions.map((action) => action.kind)).toEqual(['record_timeline', 'lead_status']);
    }
  });

  it('§6.8: "I need to cancel" is a cancel request, flagged for a person to see', () => {
    const route = routeReply(facts('rejection', { bookedMeetingChange: 'cancel' }));
    expect(route).toMatchObject({ actionTaken: 'meeting_cancel_requested', needsReview: true });
  });

  it('no change request, an auto-reply, our own side or an opt-out keep the existing routing', () => {
    expect(routeReply(facts('question')).actionTaken).toBe('draft_created');
    expect(routeReply(facts('out_of_office', { bookedMeetingChange: 'reschedule' })).actionTaken).not.toMatch(
      /^meeting_/,
    );
    expect(routeReply(facts('other', { bookedMeetingChange: 'cancel', fromUs: true })).actionTaken).toBe(
      'thread_paused',
    );
    expect(routeReply(facts('unsubscribe_request', { bookedMeetingChange: 'cancel' })).actionTaken).toBe('suppressed');
  });
});
