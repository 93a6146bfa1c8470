import type { calendar_v3 } from '@googleapis/calendar';
import { CaioError } from '../../domain/errors.js';
import type { BusyEvent } from '../../ports/calendar-adapter.js';
import { googleEventsPageSchema } from './google-calendar-schemas.js';
import { toBusyEvent } from './to-busy-event.js';

/** Runs one authorised, resilient Google call; see `create-google-calendar-adapter.ts`. */
export type GoogleCalendarRunner = <T>(
  operation: (options: { headers: Record<string, string>; signal: AbortSignal }) => Promise<T>,
  idempotent: boolean,
) => Promise<T>;

/** Stop after this many pages: a provider looping on `nextPageToken` must not hang the scheduler. */
const maximumPages = 100;

/**
 * Reads every event overlapping `[timeMin, timeMax)` with `events.list`, `singleEvents=true` (recurring
 * series expanded by Google, so rules outside our RRULE subset never reach the engine — specs/scheduling.md
 * §6.3 rule 4) and `nextPageToken` pagination. Cancelled instances are dropped (they never block);
 * everything else is returned with its status, transparency and the host's response for normalisation.
 *
 * @throws CaioError `vendor_error` (`details.malformed`) for an event without start/end or a page that does
 *   not parse, or when pagination does not end within 100 pages; plus the mapped errors of each page call.
 */
export async function listGoogleBusy(input: {
  api: calendar_v3.Calendar;
  run: GoogleCalendarRunner;
  calendarId: string;
  timeMin: string;
  timeMax: string;
  pageSize: number;
}): Promise<BusyEvent[]> {
  const events: BusyEvent[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < maximumPages; page += 1) {
    const data = await input.run(
      async (options) =>
        (
          await input.api.events.list(
            {
              calendarId: input.calendarId,
              timeMin: input.timeMin,
              timeMax: input.timeMax,
              singleEvents: true,
              showDeleted: false,
              orderBy: 'startTime',
              maxResults: input.pageSize,
              ...(pageToken === undefined ? {} : { pageToken }),
            },
            options,
          )
        ).data,
      true,
    );
    const parsed = googleEventsPageSchema.safeParse(data);
    if (!parsed.success) throw malformed(`an events page that does not parse: ${parsed.error.message}`);
    for (const item of parsed.data.items) {
      if (item.status === 'cancelled') continue;
      const busy = toBusyEvent(item);
      if (busy === undefined) throw malformed(`event ${item.id} without start/end`);
      events.push(busy);
    }
    pageToken = parsed.data.nextPageToken;
    if (pageToken === undefined) return events;
  }
  throw malformed(`more than ${maximumPages} pages of events`);
}

function malformed(what: string): CaioError {
  return new CaioError('vendor_error', `Google Calendar returned ${what}; busy data is unusable (fail closed).`, {
    details: { malformed: true, vendor: 'Google Calendar' },
  });
}
