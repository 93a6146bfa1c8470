import { describe, expect, it } from 'vitest';
import { flagsWith, sendRequest } from './__fixtures__/send-request-fixture.js';
import { validateKillSwitches } from './validate-kill-switches.js';

describe('validateKillSwitches', () => {
  it('SPEC 3.7: EMERGENCY_STOP refuses every send with emergency_stop', async () => {
    const refusal = await validateKillSwitches(flagsWith('EMERGENCY_STOP', 'PAUSE_ALL_SENDS'))(sendRequest());
    expect(refusal?.reasonCode).toBe('emergency_stop');
  });

  it('SPEC 3.7: PAUSE_ALL_SENDS refuses with sends_paused', async () => {
    expect((await validateKillSwitches(flagsWith('PAUSE_ALL_SENDS'))(sendRequest()))?.reasonCode).toBe('sends_paused');
  });

  it('SPEC 3.7: REQUIRE_MANUAL_APPROVAL refuses an unapproved send and passes an approved one', async () => {
    const validator = validateKillSwitches(flagsWith('REQUIRE_MANUAL_APPROVAL'));
    expect((await validator(sendRequest()))?.reasonCode).toBe('manual_approval_required');
    const approved = sendRequest({}, { approval: { approvalId: 'a-1', approvedBy: 'hos' } });
    expect(await validator(approved)).toBeNull();
  });

  it('SPEC 3.7: passes when no switch is on', async () => {
    expect(await validateKillSwitches(flagsWith())(sendRequest())).toBeNull();
  });
});
