import type { Mode } from '../../domain/agents.js';
import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { ControlFlags } from '../../ports/control-flags.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';

/**
 * SPEC §3.7 step 2, mode: shadow (configured, or forced by SHADOW_MODE_OVERRIDE) sends nothing →
 * `shadow_mode`; assisted sends only human-approved messages → `approval_required`; full defers
 * to the rest of the policy. The gateway already routes shadow requests to the outbox; this keeps
 * the rule true wherever the validators run.
 */
export function validateMode(mode: Mode, controlFlags: Pick<ControlFlags, 'read'>): PolicyValidator<unknown> {
  return async (request: ActionRequest<unknown>): Promise<SendPolicyRefusal | null> => {
    const switches = await controlFlags.read();
    if (mode === 'shadow' || switches.SHADOW_MODE_OVERRIDE) {
      return { reasonCode: 'shadow_mode', message: 'Shadow mode: messages go to the outbox only.' };
    }
    if (mode === 'assisted' && !request.approval) {
      return { reasonCode: 'approval_required', message: 'Assisted mode sends only human-approved messages.' };
    }
    return null;
  };
}
