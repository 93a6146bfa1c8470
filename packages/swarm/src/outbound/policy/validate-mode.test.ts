import { describe, expect, it } from 'vitest';
import { flagsWith, sendRequest } from './__fixtures__/send-request-fixture.js';
import { validateMode } from './validate-mode.js';

const approved = sendRequest({}, { approval: { approvalId: 'a-1', approvedBy: 'hos' } });

describe('validateMode', () => {
  it('SPEC 3.7: shadow mode sends nothing, even approved', async () => {
    expect((await validateMode('shadow', flagsWith())(approved))?.reasonCode).toBe('shadow_mode');
  });

  it('SPEC 3.7: SHADOW_MODE_OVERRIDE forces shadow over full mode', async () => {
    expect((await validateMode('full', flagsWith('SHADOW_MODE_OVERRIDE'))(approved))?.reasonCode).toBe('shadow_mode');
  });

  it('SPEC 3.7: assisted mode sends only human-approved messages', async () => {
    const validator = validateMode('assisted', flagsWith());
    expect((await validator(sendRequest()))?.reasonCode).toBe('approval_required');
    expect(await validator(approved)).toBeNull();
  });

  it('SPEC 3.7: full mode leaves the decision to the rest of the policy', async () => {
    expect(await validateMode('full', flagsWith())(sendRequest())).toBeNull();
  });
});
