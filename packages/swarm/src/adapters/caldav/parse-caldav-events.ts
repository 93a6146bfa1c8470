import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { CaioError } from '../../domain/errors.js';
import type { BusyEvent } from '../../ports/calendar-adapter.js';
import { hostMidnight, icalTimeToMoment, type IcalMoment } from './ical-time-to-instant.js';

/** Context of {@link parseCalDavEvents}. */
export interface CalDavParseContext {
  /** IANA zone for floating times and all-day recurrences (config `hosts[].timezone`). */
  hostTimezone: string;
  /** The host's address; its ATTENDEE `PARTSTAT` becomes `responseStatus` (DECLINED ⇒ not busy, spec §6.3). */
  hostEmail?: string | undefined;
}

type Status = 'confirmed' | 'tentative' | 'cancelled';
const partstats: Readonly<Record<string, 'accepted' | 'tentative' | 'declined' | 'needsAction'>> = {
  ACCEPTED: 'accepted',
  TENTATIVE: 'tentative',
  DECLINED: 'declined',
  'NEEDS-ACTION': 'needsAction',
};

function momentOf(event: ICAL.Component, name: string, context: CalDavParseContext): IcalMoment | undefined {
  const property = event.getFirstProperty(name);
  const value = property?.getFirstValue();
  if (!property || !(value instanceof ICAL.Time)) return undefined;
  const tzid = property.getParameter('tzid');
  return icalTimeToMoment(value, typeof tzid === 'string' ? tzid : undefined, context.hostTimezone);
}

function statusFields(event: ICAL.Component, context: CalDavParseContext): Partial<BusyEvent> {
  const status = String(event.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transparency = String(event.getFirstPropertyValue('transp') ?? '').toUpperCase();
  const fields: { status?: Status; transparency?: 'transparent'; responseStatus?: (typeof partstats)[string] } = {};
  if (status === 'CANCELLED') fields.status = 'cancelled';
  else if (status === 'TENTATIVE') fields.status = 'tentative';
  else fields.status = 'confirmed';
  if (transparency === 'TRANSPARENT') fields.transparency = 'transparent';
  const hostAddress = context.hostEmail?.toLowerCase();
  if (hostAddress) {
    for (const attendee of event.getAllProperties('attendee')) {
      const address = String(attendee.getFirstValue() ?? '')
        .replace(/^mailto:/i, '')
        .toLowerCase();
      const partstat = String(attendee.getParameter('partstat') ?? 'NEEDS-ACTION').toUpperCase();
      if (address === hostAddress && partstats[partstat]) fields.responseStatus = partstats[partstat];
    }
  }
  return fields as Partial<BusyEvent>;
}

function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

/** `[start, end)` of one VEVENT: DTEND, else DTSTART + DURATION, else one day (DATE) or zero (DATE-TIME). */
function spanOf(
  event: ICAL.Component,
  context: CalDavParseContext,
): { start: IcalMoment; end: IcalMoment } | undefined {
  const start = momentOf(event, 'dtstart', context);
  if (!start) return undefined;
  const end = momentOf(event, 'dtend', context);
  if (end && end.kind === start.kind) return { start, end };
  const duration = event.getFirstPropertyValue('duration');
  const seconds = duration instanceof ICAL.Duration ? duration.toSeconds() : 0;
  if (start.kind === 'date')
    return { start, end: { kind: 'date', date: addDays(start.date, Math.max(1, Math.round(seconds / 86_400))) } };
  return { start, end: { kind: 'instant', iso: new Date(Date.parse(start.iso) + seconds * 1000).toISOString() } };
}

function instantOf(moment: IcalMoment, context: CalDavParseContext): string {
  return moment.kind === 'instant' ? moment.iso : hostMidnight(moment.date, context.hostTimezone);
}

function listValues(event: ICAL.Component, name: string, context: CalDavParseContext): string[] {
  const instants: string[] = [];
  for (const property of event.getAllProperties(name)) {
    const tzid = property.getParameter('tzid');
    for (const value of property.getValues()) {
      // RDATE may be a PERIOD: its start is the extra occurrence (the engine keeps the first duration).
      const time = value instanceof ICAL.Period ? value.start : value;
      if (!(time instanceof ICAL.Time)) continue;
      instants.push(
        instantOf(icalTimeToMoment(time, typeof tzid === 'string' ? tzid : undefined, context.hostTimezone), context),
      );
    }
  }
  return instants;
}

function single(event: ICAL.Component, id: string, context: CalDavParseContext): BusyEvent | undefined {
  const span = spanOf(event, context);
  if (!span) return undefined;
  const fields = statusFields(event, context);
  if (span.start.kind === 'date' && span.end.kind === 'date') {
    return { ...fields, id, allDay: true, startDate: span.start.date, endDate: span.end.date } as BusyEvent;
  }
  return { ...fields, id, start: instantOf(span.start, context), end: instantOf(span.end, context) } as BusyEvent;
}

function recurring(
  master: ICAL.Component,
  overrides: ICAL.Component[],
  id: string,
  context: CalDavParseContext,
): BusyEvent | undefined {
  const span = spanOf(master, context);
  const rule = master.getFirstProperty('rrule');
  if (!span || !rule) return undefined;
  const startProperty = master.getFirstProperty('dtstart');
  const startValue = startProperty?.getFirstValue();
  const tzidParameter = startProperty?.getParameter('tzid');
  const tzid =
    span.start.kind === 'date'
      ? context.hostTimezone
      : startValue instanceof ICAL.Time && startValue.zone?.tzid === 'UTC'
        ? 'UTC'
        : typeof tzidParameter === 'string'
          ? tzidParameter
          : context.hostTimezone;
  const moved = overrides.flatMap((override) => {
    const recurrenceId = momentOf(override, 'recurrence-id', context);
    if (!recurrenceId) return [];
    const overrideSpan = spanOf(override, context);
    const cancelled = String(override.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
    return [
      {
        recurrenceId: instantOf(recurrenceId, context),
        ...(cancelled ? { status: 'cancelled' as const } : {}),
        ...(overrideSpan
          ? { start: instantOf(overrideSpan.start, context), end: instantOf(overrideSpan.end, context) }
          : {}),
      },
    ];
  });
  const exdate = listValues(master, 'exdate', context);
  const rdate = listValues(master, 'rdate', context);
  return {
    ...statusFields(master, context),
    id,
    start: instantOf(span.start, context),
    end: instantOf(span.end, context),
    tzid,
    rrule: rule.toICALString(),
    ...(exdate.length > 0 ? { exdate } : {}),
    ...(rdate.length > 0 ? { rdate } : {}),
    ...(moved.length > 0 ? { overrides: moved } : {}),
  } as BusyEvent;
}

/**
 * Normalised busy events (specs/scheduling.md "BusyEvent") from one calendar object's iCalendar text
 * (RFC 5545), parsed with ical.js. A VEVENT with RRULE becomes a recurring event (RRULE text, EXDATE and
 * RDATE as instants, RECURRENCE-ID overrides moving or cancelling occurrences) that the engine expands in
 * the wall time of its TZID (spec §6.3 rule 4); VEVENTs without a master RRULE — including instances a
 * server already expanded (`CALDAV:expand`) — become timed or all-day events. `id` is the UID.
 *
 * @throws CaioError `vendor_error` (not retryable) for text that is not iCalendar or a non-IANA TZID:
 *   the read fails closed rather than under-reporting busy time.
 */
export function parseCalDavEvents(icsText: string, context: CalDavParseContext): BusyEvent[] {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(icsText));
  } catch (error) {
    throw new CaioError('vendor_error', 'The CalDAV server returned calendar data that is not valid iCalendar.', {
      cause: error,
      retryable: false,
      details: { vendor: 'CalDAV', malformed: true },
    });
  }
  const byUid = new Map<string, ICAL.Component[]>();
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid') ?? '');
    byUid.set(uid, [...(byUid.get(uid) ?? []), event]);
  }
  const events: BusyEvent[] = [];
  for (const [uid, components] of byUid) {
    const master = components.find((event) => !event.hasProperty('recurrence-id') && event.hasProperty('rrule'));
    if (master) {
      const parsed = recurring(
        master,
        components.filter((event) => event.hasProperty('recurrence-id')),
        uid,
        context,
      );
      if (parsed) events.push(parsed);
      continue;
    }
    for (const event of components) {
      const parsed = single(event, uid, context);
      if (parsed) events.push(parsed);
    }
  }
  return events;
}
