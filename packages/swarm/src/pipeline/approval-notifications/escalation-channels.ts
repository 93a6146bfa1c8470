/** Where an escalation goes. */
export type EscalationChannel = 'slack' | 'sms' | 'email';

/** An escalation level: 0 = not due, 1–3 per SPEC §3.6. */
export type EscalationLevel = 0 | 1 | 2 | 3;

/**
 * Channels per level (SPEC §3.6: "level 1 Slack, level 2 Slack + SMS, level 3 Slack + SMS + email").
 * Each level includes the channels of the levels below it.
 */
export const escalationChannels: Readonly<Record<EscalationLevel, readonly EscalationChannel[]>> = Object.freeze({
  0: Object.freeze([]),
  1: Object.freeze(['slack'] as const),
  2: Object.freeze(['slack', 'sms'] as const),
  3: Object.freeze(['slack', 'sms', 'email'] as const),
});
