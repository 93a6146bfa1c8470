import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { Clock } from '../../ports/clock.js';
import type { HolidayCalendar } from '../../ports/holiday-calendar.js';
import type { RecipientLocale, RecipientLocaleResolver } from '../../ports/recipient-locale.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendDecisions } from './send-decisions.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';
import { checkSendWindow, type SendWindowSettings } from './send-window.js';

/** What the send-window validator reads. */
export interface SendWindowValidatorDependencies {
  window: SendWindowSettings;
  locales: RecipientLocaleResolver;
  holidays: HolidayCalendar;
  clock: Clock;
  decisions: SendDecisions;
  /** Zone used when the recipient's location is unknown (e.g. the deployment's), or null to refuse such sends. */
  fallbackTimeZone: string | null;
}

/**
 * SPEC §3.7 step 8, send window: sends go out in the recipient's local business hours and never on a
 * public holiday of their region. Zone and region come from {@link RecipientLocaleResolver} and are
 * noted in {@link SendDecisions} with their source. Refusals: `outside_send_window` or `holiday`, with
 * `retryAt` = the next opening (UTC) so the job can be delayed; `recipient_zone_unknown` when no zone
 * can be derived and no fallback is configured.
 */
export function validateSendWindow(
  dependencies: SendWindowValidatorDependencies,
): PolicyValidator<OutboundSendPayload> {
  const { window, locales, holidays, clock, decisions, fallbackTimeZone } = dependencies;
  return (request: ActionRequest<OutboundSendPayload>): SendPolicyRefusal | null => {
    const { location } = describeOutboundSend(request);
    const locale: RecipientLocale | null =
      locales.resolve(location) ??
      (fallbackTimeZone
        ? { timeZone: fallbackTimeZone, countryCode: null, regionCode: null, source: 'config:fallbackTimeZone' }
        : null);
    if (locale === null) {
      return {
        reasonCode: 'recipient_zone_unknown',
        message: 'The recipient time zone cannot be derived from city/state/country and no fallback zone is set.',
      };
    }
    decisions.update(request, { locale });
    const { countryCode, regionCode } = locale;
    const check = checkSendWindow(clock.now(), locale.timeZone, window, (localDate) =>
      countryCode ? holidays.publicHolidayOn(localDate, countryCode, regionCode) : null,
    );
    if (check.open) return null;
    decisions.update(request, { retryAt: check.nextOpenAt });
    const why =
      check.reason === 'holiday'
        ? `a public holiday (${check.holidayName ?? 'holiday'}) in ${countryCode}${regionCode ? `-${regionCode}` : ''}`
        : `outside ${window.startHour}:00–${window.endHour}:00 local business hours`;
    return {
      reasonCode: check.reason,
      message: `It is ${why} for the recipient (${locale.timeZone}); next opening ${check.nextOpenAt.toISOString()}.`,
      retryAt: check.nextOpenAt,
    };
  };
}
