import type { SchedulingConversation } from '../ports/scheduling-conversation-store.js';

/**
 * A scheduling conversation for tests (example.org addresses, Asia/Kolkata prospect, host `alex`),
 * awaiting a reply to two proposals unless `overrides` say otherwise.
 */
export function sampleSchedulingConversation(overrides: Partial<SchedulingConversation> = {}): SchedulingConversation {
  return {
    id: 'conversation-1',
    leadId: 'lead-1',
    leadEmail: 'pat@example.org',
    hostId: 'alex',
    threadKey: '<root-1@example.com>',
    prospectTimezone: 'Asia/Kolkata',
    timezoneConfirmed: true,
    durationMinutes: 30,
    status: 'awaiting-reply',
    exchangeCount: 1,
    proposals: ['2026-03-03T09:30:00.000Z', '2026-03-04T14:00:00.000Z'],
    outsidePreferredStreak: 0,
    history: [{ direction: 'outbound', at: '2026-03-02T09:00:00.000Z', note: 'proposed 2 slots' }],
    bookingId: null,
    meetingStart: null,
    escalationReason: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}
