import type { KillSwitchName, ControlFlags } from '../../../ports/control-flags.js';
import type { ActionRequest } from '../../../guardrails/action-request.js';
import type { Clock } from '../../../ports/clock.js';
import type { OutboundSendPayload } from '../outbound-send.js';

/** Test-only builders for send-policy tests (reserved domains only). */
export function sendRequest(
  lead: Partial<OutboundSendPayload['lead']> = {},
  extra: Partial<Omit<OutboundSendPayload, 'lead'>> & Partial<Omit<ActionRequest<OutboundSendPayload>, 'payload'>> = {},
): ActionRequest<OutboundSendPayload> {
  const { draft, channel, platform, stream, ...requestFields } = extra;
  const email = lead.email === undefined ? 'ana@example.com' : lead.email;
  return {
    agent: 'OPERATOR',
    action: 'send_email',
    target: email ?? 'lead:1',
    payload: {
      lead: {
        id: 'lead-1',
        email,
        emailKey: email,
        tier: 'tier_1',
        city: 'Chicago',
        state: 'IL',
        country: 'US',
        ...lead,
      },
      ...(draft ? { draft } : { draft: { sequenceStep: 1 } }),
      ...(channel ? { channel } : {}),
      ...(platform ? { platform } : {}),
      ...(stream ? { stream } : {}),
    },
    evidence: [],
    idempotencyKey: 'send:lead-1:1:email',
    actor: 'system',
    summary: 'test send',
    ...requestFields,
  };
}

/** Control flags with the given switches on. */
export function flagsWith(...on: KillSwitchName[]): ControlFlags {
  return {
    read: async () => ({
      EMERGENCY_STOP: on.includes('EMERGENCY_STOP'),
      PAUSE_ALL_SENDS: on.includes('PAUSE_ALL_SENDS'),
      SHADOW_MODE_OVERRIDE: on.includes('SHADOW_MODE_OVERRIDE'),
      REQUIRE_MANUAL_APPROVAL: on.includes('REQUIRE_MANUAL_APPROVAL'),
      sources: {},
    }),
    set: async () => undefined,
  };
}

/** A settable clock. */
export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set(next) {
      now = new Date(next);
    },
    advance(ms) {
      now = new Date(now.getTime() + ms);
    },
  };
}
