import { describe, expect, it } from 'vitest';
import type {
  SchedulingReplyCandidate,
  SchedulingReplyClaim,
  SchedulingReplyInbox,
} from '../../ports/scheduling-reply-inbox.js';
import { sampleSchedulingConversation } from '../../test-support/sample-scheduling-conversation.js';
import { createConversationHarness } from '../../test-support/conversation-harness.js';
import type {
  ConversationStepResult,
  SchedulingConversationService,
} from '../conversation/scheduling-conversation-service.js';
import {
  dispatchSchedulingReplies,
  type DispatchSchedulingRepliesDependencies,
} from './dispatch-scheduling-replies.js';

const now = new Date('2031-03-03T09:00:00Z');

interface LedgerRow {
  status: 'claimed' | 'done' | 'failed';
  attempts: number;
  firstClaimedAt: Date;
  claimedAt: Date;
  outcome?: string;
}

/** An in-memory inbox with the SQL store's claim rules. */
function memoryInbox(
  candidates: SchedulingReplyCandidate[],
): SchedulingReplyInbox & { ledger: Map<string, LedgerRow> } {
  const ledger = new Map<string, LedgerRow>();
  const open = (row: LedgerRow | undefined, staleBefore: Date, maximumAttempts: number) =>
    row === undefined ||
    (row.status === 'failed' && row.attempts < maximumAttempts) ||
    (row.status === 'claimed' && row.claimedAt < staleBefore);
  return {
    ledger,
    pending: async ({ staleBefore, maximumAttempts }) =>
      candidates.filter((candidate) => open(ledger.get(candidate.replyId), staleBefore, maximumAttempts)),
    async claim(replyId, _kind, at, { staleBefore, maximumAttempts }): Promise<SchedulingReplyClaim | null> {
      const row = ledger.get(replyId);
      if (!open(row, staleBefore, maximumAttempts)) return null;
      const next: LedgerRow = row
        ? { ...row, status: 'claimed', attempts: row.attempts + 1, claimedAt: at }
        : { status: 'claimed', attempts: 1, firstClaimedAt: at, claimedAt: at };
      ledger.set(replyId, next);
      return { attempts: next.attempts, firstClaimedAt: next.firstClaimedAt };
    },
    async complete(replyId, { outcome }) {
      ledger.set(replyId, { ...ledger.get(replyId)!, status: 'done', outcome });
    },
    async fail(replyId) {
      ledger.set(replyId, { ...ledger.get(replyId)!, status: 'failed' });
    },
    supersedeThread: async () => undefined,
  };
}

const answer: SchedulingReplyCandidate = {
  replyId: 'reply-2',
  kind: 'answer',
  leadId: 'lead-1',
  threadKey: '<root-1@example.com>',
  visibleText: 'the second one',
  awaitingConversationId: 'conversation-1',
  storedAt: now,
};

function dependencies(
  inbox: SchedulingReplyInbox,
  handleReply: (conversationId: string, text: string) => Promise<ConversationStepResult>,
  updatedAt = '2031-03-02T09:00:00.000Z',
): DispatchSchedulingRepliesDependencies {
  return {
    inbox,
    router: { handleReply, startWith: async () => ({ kind: 'ignored', reason: 'unused' }) },
    conversations: { get: async () => sampleSchedulingConversation({ updatedAt }) },
    findLead: async () => ({ id: 'lead-1', email: 'pat@example.org', firstName: 'Pat' }),
    conversationIdFor: (replyId) => `conversation-for-${replyId}`,
    clock: { now: () => now },
  };
}

describe('dispatchSchedulingReplies (exactly-once consumer, issue 7)', () => {
  it('a reply whose handling throws is retried on a later pass, and left alone after the maximum attempts', async () => {
    const inbox = memoryInbox([answer]);
    let calls = 0;
    const failing = dependencies(inbox, async () => {
      calls += 1;
      throw new Error('calendar unreachable');
    });
    for (let pass = 0; pass < 7; pass += 1) await dispatchSchedulingReplies(failing);
    expect(calls).toBe(5);
    expect(inbox.ledger.get('reply-2')).toMatchObject({ status: 'failed', attempts: 5 });
  });

  it('a retry after the conversation moved since the first attempt does not feed the reply twice', async () => {
    const inbox = memoryInbox([answer]);
    let calls = 0;
    const throwsAfterProgress = dependencies(
      inbox,
      async () => {
        calls += 1;
        throw new Error('store write failed after the email was queued');
      },
      // The conversation was saved after the first claim: the first attempt got that far.
      '2031-03-03T09:00:00.000Z',
    );
    const first = await dispatchSchedulingReplies(throwsAfterProgress);
    expect(first.failed).toHaveLength(1);
    const second = await dispatchSchedulingReplies(throwsAfterProgress);
    expect(second).toMatchObject({ answered: 0, skipped: 1, failed: [] });
    expect(calls).toBe(1);
    expect(inbox.ledger.get('reply-2')).toMatchObject({ status: 'done', outcome: 'handled by an earlier attempt' });
  });

  it('a live claim held by another worker is skipped', async () => {
    const inbox = memoryInbox([answer]);
    await inbox.claim('reply-2', 'answer', now, { staleBefore: new Date(0), maximumAttempts: 5 });
    let calls = 0;
    const report = await dispatchSchedulingReplies(
      dependencies(inbox, async () => {
        calls += 1;
        return { kind: 'ignored', reason: 'x' };
      }),
    );
    expect(calls).toBe(0);
    expect(report).toMatchObject({ answered: 0, failed: [] });
  });

  it('issue 7: a scheduling request starts with the reply text, event times and received time as the suggestion', async () => {
    const request: SchedulingReplyCandidate = {
      replyId: 'reply-1',
      kind: 'request',
      leadId: 'lead-1',
      threadKey: '<root-1@example.com>',
      visibleText: 'Great, could we do Thursday at 11am?',
      awaitingConversationId: null,
      timezone: 'America/New_York',
      proposedTimes: ['Thursday at 11am'],
      storedAt: now,
      receivedAt: new Date('2031-03-03T08:30:00Z'),
    };
    const inbox = memoryInbox([request]);
    const harness = createConversationHarness({ now: now.toISOString() });
    const requests: Parameters<SchedulingConversationService['start']>[0][] = [];
    const report = await dispatchSchedulingReplies({
      ...dependencies(inbox, async () => ({ kind: 'ignored', reason: 'unused' })),
      router: {
        handleReply: async () => ({ kind: 'ignored', reason: 'unused' }),
        startWith: async (startRequest) => {
          requests.push(startRequest);
          return harness.service.start(startRequest);
        },
      },
    });
    expect(report).toMatchObject({ started: 1, failed: [] });
    expect(requests[0]?.prospectSuggestion).toEqual({
      text: 'Great, could we do Thursday at 11am?',
      receivedAt: '2031-03-03T08:30:00.000Z',
      proposedTimes: ['Thursday at 11am'],
    });
    // Thursday 6 March 2031 11:00 New York (-05:00) = 16:00 UTC: straight to the invite, no proposals.
    expect(inbox.ledger.get('reply-1')).toMatchObject({ status: 'done', outcome: 'invite-pending' });
    expect(harness.messages.map((message) => [message.action, message.meetingStart])).toEqual([
      ['calendar_invite_create', '2031-03-06T16:00:00.000Z'],
    ]);
  });
});
