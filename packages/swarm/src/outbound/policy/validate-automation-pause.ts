import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { AutomationPauseReader } from '../../ports/automation-pause-reader.js';
import type { Clock } from '../../ports/clock.js';
import type { AutomationPause } from '../../ports/reply-effects-store.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendDecisions } from './send-decisions.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';

/** Approvers that are the system itself (SMART auto-approval), not a person on the team. */
const systemApprover = /^(gatekeeper|system)\b/i;

/** True when a person (not SMART auto-approval) approved this exact send. */
function approvedByPerson(request: ActionRequest<OutboundSendPayload>): boolean {
  const approvedBy = request.approval?.approvedBy;
  return approvedBy !== undefined && approvedBy !== 'unknown' && !systemApprover.test(approvedBy);
}

/** The pause that holds this send, if any: whole-lead pauses hold everything, thread pauses their thread. */
function holdingPause(
  pauses: readonly AutomationPause[],
  conversationThreadKey: string | null,
): AutomationPause | undefined {
  // A cadence step continues the lead's one outreach thread, so a colleague's takeover of any thread holds it.
  if (conversationThreadKey === null) return pauses[0];
  return pauses.find((pause) => pause.threadKey === null || pause.threadKey === conversationThreadKey);
}

/**
 * Automation pauses (issue 6 routing; SPEC §5 "pause on out-of-office until the stated return date", SPEC §7
 * "when a human on our side replies in a thread, automation pauses for that thread"): refuses
 * `automation_paused` while a pause holds the send — every pause of the lead for cadence steps, whole-lead
 * and same-thread pauses for conversation messages. A message a person approved is that person's decision
 * and passes; SMART auto-approved ones do not. A dated pause sets `retryAt` to its end, so the send waits
 * rather than being dropped; an open-ended one (until a human resumes) refuses for good.
 */
export function validateAutomationPause(dependencies: {
  pauses: AutomationPauseReader;
  clock: Clock;
  decisions: SendDecisions;
}): PolicyValidator<OutboundSendPayload> {
  const { pauses, clock, decisions } = dependencies;
  return async (request: ActionRequest<OutboundSendPayload>): Promise<SendPolicyRefusal | null> => {
    if (approvedByPerson(request)) return null;
    const facts = describeOutboundSend(request);
    const now = clock.now();
    const active = (await pauses.activePausesAmong([facts.leadId], now)).get(facts.leadId) ?? [];
    const pause = holdingPause(active, facts.conversationThreadKey);
    if (!pause) return null;
    if (pause.until) decisions.update(request, { retryAt: pause.until });
    return {
      reasonCode: 'automation_paused',
      message: `Automation for this ${pause.threadKey ? 'thread' : 'lead'} is paused ${pause.until ? `until ${pause.until.toISOString()}` : 'until a person resumes it'}: ${pause.reason}.`,
    };
  };
}
