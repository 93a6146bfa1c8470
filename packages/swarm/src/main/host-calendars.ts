import { createCalDavCalendarAdapter } from '../adapters/caldav/index.js';
import { createEmbeddedCalendarAdapter } from '../adapters/embedded-calendar/index.js';
import { createGoHighLevelCalendarAdapter } from '../adapters/gohighlevel-calendar/index.js';
import { createGoogleCalendarAdapter } from '../adapters/google-calendar/index.js';
import type { HostCalendarConfig, HostEntry } from '../config/hosts-schema.js';
import { hostCalendarGoHighLevelTokenEnv, type HostCalendarSecrets } from '../config/resolve-host-calendar-secrets.js';
import { CaioError } from '../domain/errors.js';
import { createCircuitBreaker, createResilientCall } from '../guardrails/resilience/index.js';
import type { CalendarAdapter } from '../ports/calendar-adapter.js';
import type { Clock } from '../ports/clock.js';
import type { EmbeddedCalendarEventStore } from '../ports/embedded-calendar-store.js';
import type { HostCalendarSource } from '../scheduling/host-calendar-source.js';

/** Default per-calendar timeout in ms (specs/scheduling.md §6.10 "for example 5 s"). */
const defaultCalendarTimeoutMs = 5_000;

/** What building a host's calendars needs besides the host. */
export interface HostCalendarContext {
  /** The embedded calendar's SQL events (`createCalendarEventRepository(db)`). */
  embeddedEvents: EmbeddedCalendarEventStore;
  /** From `resolveHostCalendarSecrets(config.hosts)`. */
  secrets: HostCalendarSecrets;
  /** `gohighlevel.locationId` / `gohighlevel.baseUrl`, the defaults of GoHighLevel calendars. */
  goHighLevel: { locationId: string | undefined; baseUrl: string };
  clock: Clock;
  /** Default the global fetch; tests point it elsewhere. */
  fetch?: typeof globalThis.fetch;
}

function secret(context: HostCalendarContext, variable: string): string {
  const value = context.secrets[variable];
  if (!value) throw new CaioError('config_invalid', `Set ${variable} in the environment (docs/scheduling.md).`);
  return value;
}

/** One breaker per host calendar: a failing provider of one host must not open another host's breaker. */
function resilientCallFor(name: string, calendar: HostCalendarConfig, clock: Clock) {
  return createResilientCall({
    breaker: createCircuitBreaker({ name, clock }),
    timeoutMs: calendar.timeoutMs ?? defaultCalendarTimeoutMs,
  });
}

function adapterFor(
  host: HostEntry,
  calendar: HostCalendarConfig,
  index: number,
  context: HostCalendarContext,
): CalendarAdapter {
  const name = `calendar:${host.id}:${index}:${calendar.provider}`;
  const fetch = context.fetch ?? globalThis.fetch;
  switch (calendar.provider) {
    case 'embedded':
      return createEmbeddedCalendarAdapter({ hostId: host.id, events: context.embeddedEvents });
    case 'caldav':
      return createCalDavCalendarAdapter({
        calendarUrl: calendar.url,
        username: calendar.username,
        password: secret(context, calendar.passwordEnv),
        hostTimezone: host.timezone,
        hostEmail: host.email,
        fetch,
        clock: context.clock,
        resilientCall: resilientCallFor(name, calendar, context.clock),
      });
    case 'google': {
      const token = secret(context, calendar.tokenEnv);
      return createGoogleCalendarAdapter({
        calendarId: calendar.calendarId,
        accessToken: () => token,
        resilientCall: resilientCallFor(name, calendar, context.clock),
        rootUrl: calendar.rootUrl,
        clock: context.clock,
      });
    }
    case 'gohighlevel': {
      const locationId = calendar.locationId ?? context.goHighLevel.locationId;
      if (!locationId) {
        throw new CaioError(
          'config_invalid',
          `hosts[${host.id}] GoHighLevel calendar needs a locationId: set it on the calendar or gohighlevel.locationId.`,
        );
      }
      return createGoHighLevelCalendarAdapter({
        baseUrl: context.goHighLevel.baseUrl,
        token: secret(context, hostCalendarGoHighLevelTokenEnv),
        locationId,
        calendarId: calendar.calendarId,
        ...(calendar.userId ? { userId: calendar.userId } : {}),
        resilientCall: resilientCallFor(name, calendar, context.clock),
        fetch,
        clock: context.clock,
      });
    }
  }
}

/**
 * A host's calendars as the calendar service reads them (SPEC §7: embedded, CalDAV, Google Calendar,
 * GoHighLevel), each with its own breaker and timeout (`timeoutMs`, default 5 s, spec §6.10); bookings go
 * to the calendar marked `primary`, else the first.
 * @throws CaioError `config_invalid` when a credential or GoHighLevel location is missing
 */
export function hostCalendarSources(host: HostEntry, context: HostCalendarContext): HostCalendarSource[] {
  return host.calendar.map((calendar, index) => ({
    provider: calendar.provider,
    adapter: adapterFor(host, calendar, index, context),
    ...(calendar.timeoutMs === undefined ? {} : { timeoutMs: calendar.timeoutMs }),
    ...(calendar.primary === undefined ? {} : { primary: calendar.primary }),
  }));
}
