/**
 * The meeting invite (SPEC §7 "send an invite (ICS, with video link)"): an RFC 5545 calendar object with
 * `METHOD:REQUEST` (or `CANCEL` on cancellation, RFC 5546 §3.2), the host as organizer, the prospect as
 * attendee with RSVP, and a UID derived from the booking so updates and cancellations match it.
 * Built with `ical-generator`; pure apart from `dtstamp`, which is the injected `now`.
 */
import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** Input of {@link buildMeetingInvite}. Instants are ISO-8601 UTC. */
export interface MeetingInviteInput {
  bookingId: string;
  method: 'REQUEST' | 'CANCEL';
  /** Bumped on every change of the same booking (RFC 5545 SEQUENCE). */
  sequence: number;
  title: string;
  start: string;
  end: string;
  /** When the object is produced (DTSTAMP), from the injected clock. */
  now: string;
  organizer: { name: string; email: string };
  attendees: { name?: string; email: string }[];
  videoLink: string;
  description?: string;
}

/** The UID of a booking's calendar object: stable across updates and cancellation. */
export function inviteUid(bookingId: string): string {
  return `${bookingId}@caio-swarm`;
}

/** Renders the ICS text. */
export function buildMeetingInvite(input: MeetingInviteInput): string {
  const calendar = ical({
    prodId: { company: 'caio-swarm', product: 'scheduler', language: 'EN' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: inviteUid(input.bookingId),
    sequence: input.sequence,
    stamp: new Date(input.now),
    start: new Date(input.start),
    end: new Date(input.end),
    summary: input.title,
    description: [input.description, `Join: ${input.videoLink}`].filter(Boolean).join('\n\n'),
    location: input.videoLink,
    url: input.videoLink,
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: input.attendees.map((attendee) => ({
      email: attendee.email,
      ...(attendee.name ? { name: attendee.name } : {}),
      rsvp: true,
      role: ICalAttendeeRole.REQ,
    })),
  });
  return calendar.toString();
}
