import { describe, expect, it } from 'vitest';
import type { AutomationPause } from '../../ports/reply-effects-store.js';
import { sendRequest } from './__fixtures__/send-request-fixture.js';
import { createSendDecisions } from './send-decisions.js';
import { validateAutomationPause } from './validate-automation-pause.js';

const now = new Date('2026-11-23T15:00:00Z');
const clock = { now: () => now };

function pauseOf(overrides: Partial<AutomationPause> = {}): AutomationPause {
  return {
    leadId: 'lead-1',
    threadKey: null,
    until: null,
    reason: 'out of office',
    replyId: 'reply-1',
    at: now,
    ...overrides,
  };
}

function validatorWith(...pauses: AutomationPause[]) {
  const decisions = createSendDecisions();
  const validator = validateAutomationPause({
    pauses: {
      activePausesAmong: async (leadIds) =>
        new Map(leadIds.map((id) => [id, pauses.filter((pause) => pause.leadId === id)] as const)),
    },
    clock,
    decisions,
  });
  return { validator, decisions };
}

const conversationMessage = (threadKey: string, approvedBy?: string) =>
  sendRequest(
    {},
    {
      draft: { sequenceStep: 0, conversation: { threadKey } },
      ...(approvedBy ? { approval: { approvalId: 'approval-1', approvedBy } } : {}),
    },
  );

describe('validateAutomationPause', () => {
  it('SPEC 5: out of office until a return date holds cadence sends and retries at the return date', async () => {
    const until = new Date('2026-12-01T09:00:00Z');
    const { validator, decisions } = validatorWith(pauseOf({ until }));
    const request = sendRequest({}, { draft: { sequenceStep: 3 } });
    expect((await validator(request))?.reasonCode).toBe('automation_paused');
    expect(decisions.get(request).retryAt).toEqual(until);
  });

  it('SPEC 7: a colleague’s reply pauses its thread: auto-approved messages in it wait, other threads go on', async () => {
    const { validator } = validatorWith(pauseOf({ threadKey: '<thread-a@example.com>', reason: 'colleague replied' }));
    expect((await validator(conversationMessage('<thread-a@example.com>', 'GATEKEEPER:smart')))?.reasonCode).toBe(
      'automation_paused',
    );
    expect(await validator(conversationMessage('<thread-b@example.com>', 'GATEKEEPER:smart'))).toBeNull();
    // A cadence step continues the lead's outreach thread: any pause of the lead holds it.
    expect((await validator(sendRequest({}, { draft: { sequenceStep: 2 } })))?.reasonCode).toBe('automation_paused');
  });

  it('SPEC 3.6: a message a person approved is that person’s decision and passes a pause', async () => {
    const { validator } = validatorWith(pauseOf({ threadKey: '<thread-a@example.com>' }));
    expect(await validator(conversationMessage('<thread-a@example.com>', 'head-of-sales@example.com'))).toBeNull();
  });

  it('issue 6: a lead without pauses is not held', async () => {
    const { validator } = validatorWith(pauseOf({ leadId: 'someone-else' }));
    expect(await validator(sendRequest({}, { draft: { sequenceStep: 2 } }))).toBeNull();
  });
});
