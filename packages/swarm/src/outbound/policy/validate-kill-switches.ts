import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { ControlFlags } from '../../ports/control-flags.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';

/**
 * SPEC §3.7 step 1, kill switches: EMERGENCY_STOP → `emergency_stop`; PAUSE_ALL_SENDS →
 * `sends_paused`; REQUIRE_MANUAL_APPROVAL without a recorded human approval →
 * `manual_approval_required`. Reads the flags on every call (a stop takes effect before the next
 * send; `ControlFlags.read` fails closed). SHADOW_MODE_OVERRIDE is the mode validator's.
 */
export function validateKillSwitches(controlFlags: Pick<ControlFlags, 'read'>): PolicyValidator<unknown> {
  return async (request: ActionRequest<unknown>): Promise<SendPolicyRefusal | null> => {
    const switches = await controlFlags.read();
    if (switches.EMERGENCY_STOP) {
      return {
        reasonCode: 'emergency_stop',
        message: 'EMERGENCY_STOP is on: nothing is sent (`caio resume` lifts it).',
      };
    }
    if (switches.PAUSE_ALL_SENDS) return { reasonCode: 'sends_paused', message: 'PAUSE_ALL_SENDS is on.' };
    if (switches.REQUIRE_MANUAL_APPROVAL && !request.approval) {
      return {
        reasonCode: 'manual_approval_required',
        message: 'REQUIRE_MANUAL_APPROVAL is on and this send has no human approval.',
      };
    }
    return null;
  };
}
