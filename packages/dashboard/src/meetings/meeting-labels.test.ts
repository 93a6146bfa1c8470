import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../api-types.js';
import { parseRoute, routeHash } from '../route.js';
import { exchangesLabel, meetingStartLabel, meetingStatusClass, prospectZoneLabel } from './meeting-labels.js';

const booked: MeetingSummary = {
  conversationId: 'booked-1',
  leadId: 'lead-1',
  leadEmail: 'pat@example.org',
  hostId: 'alex',
  status: 'booked',
  meetingStart: '2026-03-04T14:00:00.000Z',
  prospectTimezone: 'Asia/Kolkata',
  prospectTimezoneConfirmed: true,
  meetingStartProspect: 'Wed 4 Mar, 7:30 PM Kolkata time (GMT+5:30)',
  hostTimezone: 'Europe/London',
  meetingStartHost: 'Wed 4 Mar, 2:00 PM London time (GMT)',
  durationMinutes: 30,
  exchanges: 2,
  proposals: ['2026-03-03T09:30:00.000Z', '2026-03-04T14:00:00.000Z'],
  bookingId: 'event-1',
  updatedAt: '2026-03-02T11:00:00.000Z',
};
const waiting: MeetingSummary = {
  ...booked,
  status: 'awaiting-reply',
  meetingStart: null,
  meetingStartProspect: null,
  meetingStartHost: null,
  bookingId: null,
  prospectTimezoneConfirmed: false,
};

describe('meeting labels (issue 7 meetings view)', () => {
  it('SPEC 7: shows the booked start in the host zone and in the prospect zone, as the server rendered them', () => {
    expect(meetingStartLabel(booked, 'host')).toBe('Wed 4 Mar, 2:00 PM London time (GMT)');
    expect(meetingStartLabel(booked, 'prospect')).toBe('Wed 4 Mar, 7:30 PM Kolkata time (GMT+5:30)');
  });

  it('falls back to UTC when the host zone is unknown, and says how many times are proposed before a booking', () => {
    expect(meetingStartLabel({ ...booked, hostTimezone: null, meetingStartHost: null }, 'host')).toBe(
      '2026-03-04 14:00 UTC (zone unknown)',
    );
    expect(meetingStartLabel(waiting, 'prospect')).toBe('not booked (2 proposed)');
    expect(meetingStartLabel({ ...waiting, status: 'escalated' }, 'host')).toBe('not booked');
  });

  it('§6.9: counts exchanges out of 5 while awaiting a reply, and flags an unconfirmed prospect zone', () => {
    expect(exchangesLabel(waiting)).toBe('2 of 5');
    expect(exchangesLabel(booked)).toBe('2');
    expect(prospectZoneLabel(waiting)).toBe('Asia/Kolkata (unconfirmed)');
    expect(prospectZoneLabel(booked)).toBe('Asia/Kolkata');
  });

  it('colours statuses: booked ok, escalated bad', () => {
    expect(meetingStatusClass('booked')).toBe('badge ok');
    expect(meetingStatusClass('escalated')).toBe('badge bad');
    expect(meetingStatusClass('awaiting-reply')).not.toBe(meetingStatusClass('cancelled'));
  });

  it('routes #/meetings to the meetings view and back', () => {
    expect(parseRoute('#/meetings')).toEqual({ view: 'meetings' });
    expect(routeHash({ view: 'meetings' })).toBe('#/meetings');
  });
});
