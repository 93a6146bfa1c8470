import type { MeetingStatus, MeetingSummary } from '../api-types.js';
import { formatUtc } from '../format-utc.js';

/**
 * Outbound scheduling messages allowed without a booking before SCHEDULER hands the thread to a human
 * (specs/scheduling.md §6.9, the server's `maximumExchanges`).
 */
export const maximumExchanges = 5;

const statusClasses: Record<MeetingStatus, string> = {
  'awaiting-reply': 'badge status-pending',
  booked: 'badge ok',
  cancelled: 'badge status-expired',
  escalated: 'badge bad',
};

/** The badge classes of a conversation status: booked green, escalated red, awaiting amber, cancelled grey. */
export function meetingStatusClass(status: MeetingStatus): string {
  return statusClasses[status];
}

/**
 * What the "start" cell says for one side of the meeting: the server's rendering in that zone
 * (`Wed 4 Mar, 7:30 PM Kolkata time (GMT+5:30)`); the UTC time when the host's zone is unknown; and,
 * before a booking, how many times are on the table.
 */
export function meetingStartLabel(meeting: MeetingSummary, side: 'host' | 'prospect'): string {
  if (meeting.meetingStart === null) {
    const offered = meeting.proposals.length;
    if (meeting.status === 'awaiting-reply' && offered > 0) return `not booked (${offered} proposed)`;
    return 'not booked';
  }
  const rendered = side === 'host' ? meeting.meetingStartHost : meeting.meetingStartProspect;
  return rendered ?? `${formatUtc(meeting.meetingStart)} (zone unknown)`;
}

/** The prospect's zone, flagged while it is a guess the prospect has not confirmed (§6.9). */
export function prospectZoneLabel(meeting: Pick<MeetingSummary, 'prospectTimezone' | 'prospectTimezoneConfirmed'>) {
  return meeting.prospectTimezoneConfirmed ? meeting.prospectTimezone : `${meeting.prospectTimezone} (unconfirmed)`;
}

/** Exchanges so far; while no meeting is booked, out of the {@link maximumExchanges} allowed, e.g. `3 of 5`. */
export function exchangesLabel(meeting: Pick<MeetingSummary, 'exchanges' | 'status'>): string {
  return meeting.status === 'awaiting-reply'
    ? `${meeting.exchanges} of ${maximumExchanges}`
    : String(meeting.exchanges);
}
