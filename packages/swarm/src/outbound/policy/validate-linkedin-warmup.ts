import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { Clock } from '../../ports/clock.js';
import type { LinkedInSendCounter } from '../../ports/linkedin-send-counter.js';
import { linkedInDailyCeiling, nextUtcDayStart, utcDayStart, type LinkedInWarmupSettings } from './linkedin-warmup.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendDecisions } from './send-decisions.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';

/** What the LinkedIn warm-up validator reads. */
export interface LinkedInWarmupValidatorDependencies {
  settings: LinkedInWarmupSettings;
  /** The sending LinkedIn account (`heyreach.linkedInAccountId`). */
  accountId: string;
  /** When the account started sending (`heyreach.accountStartedAt`); null = unknown, treated as new. */
  accountStartedAt: Date | null;
  sends: LinkedInSendCounter;
  clock: Clock;
  /** When given, a refusal's `retryAt` is noted here too, like the send-window validator does. */
  decisions?: SendDecisions;
}

/**
 * SPEC §3.7 HeyReach warm-up as a send-policy validator: a LinkedIn send is refused once the
 * account's sends since 00:00 UTC reach {@link linkedInDailyCeiling} — `linkedin_warmup_limit` during
 * the warm-up weeks, `linkedin_daily_ceiling` after — with `retryAt` = next 00:00 UTC so the job is
 * delayed, not dropped. Email sends pass untouched. The count is an early answer, not a reservation:
 * run it next to the limits step and let the send ledger hold the atomic cap when both apply.
 */
export function validateLinkedInWarmup(
  dependencies: LinkedInWarmupValidatorDependencies,
): PolicyValidator<OutboundSendPayload> {
  const { settings, accountId, accountStartedAt, sends, clock, decisions } = dependencies;
  return async (request: ActionRequest<OutboundSendPayload>): Promise<SendPolicyRefusal | null> => {
    if (describeOutboundSend(request).channel !== 'linkedin') return null;
    const now = clock.now();
    const ceiling = linkedInDailyCeiling({ accountStartedAt, now, settings });
    const sentToday = await sends.countLinkedInSendsSince(accountId, utcDayStart(now));
    if (sentToday < ceiling.perDay) return null;
    const retryAt = nextUtcDayStart(now);
    decisions?.update(request, { retryAt });
    return ceiling.warmingUp
      ? {
          reasonCode: 'linkedin_warmup_limit',
          message: `LinkedIn account ${accountId} is warming up (day ${ceiling.accountAgeDays + 1} of ${settings.warmupWeeks * 7}) and has sent ${sentToday} of ${ceiling.perDay} today (heyreach.warmupPerDay); next slot ${retryAt.toISOString()}.`,
          retryAt,
        }
      : {
          reasonCode: 'linkedin_daily_ceiling',
          message: `LinkedIn account ${accountId} has sent ${sentToday} of ${ceiling.perDay} today (heyreach.dailyCeiling); next slot ${retryAt.toISOString()}.`,
          retryAt,
        };
  };
}
