import { describe, expect, it } from 'vitest';
import { planReminders, reminderIdempotencyKey } from './plan-reminders.js';

describe('§6.8 reminders', () => {
  it('§6.8: reminders fall exactly 24 h and 1 h of elapsed time before the start, ordered by at', () => {
    expect(
      planReminders({ meetingStart: '2026-03-10T15:00:00Z', bookedAt: '2026-03-01T00:00:00Z', durationMinutes: 30 }),
    ).toEqual([
      { kind: '24h', at: '2026-03-09T15:00:00.000Z' },
      { kind: '1h', at: '2026-03-10T14:00:00.000Z' },
    ]);
  });
  it('§6.8: across the New York DST change 24 h is elapsed time, not the same wall-clock time', () => {
    // 2026-03-09 09:00 EDT is 13:00Z; 24 elapsed hours earlier is 2026-03-08 08:00 EDT, not 09:00.
    expect(
      planReminders({
        meetingStart: '2026-03-09T09:00:00-04:00',
        bookedAt: '2026-03-01T00:00:00Z',
        durationMinutes: 30,
      })[0],
    ).toEqual({
      kind: '24h',
      at: '2026-03-08T13:00:00.000Z',
    });
  });
  it('§6.8: a reminder whose time is not strictly after bookedAt is omitted (never sent late)', () => {
    expect(
      planReminders({ meetingStart: '2026-03-10T15:00:00Z', bookedAt: '2026-03-09T15:00:00Z', durationMinutes: 30 }),
    ).toEqual([{ kind: '1h', at: '2026-03-10T14:00:00.000Z' }]);
    expect(
      planReminders({ meetingStart: '2026-03-10T15:00:00Z', bookedAt: '2026-03-10T14:00:00Z', durationMinutes: 30 }),
    ).toEqual([]);
  });
  it('§6.8: idempotent per (booking, kind) — re-planning gives the same reminders and keys', () => {
    const input = { meetingStart: '2026-03-10T15:00:00Z', bookedAt: '2026-03-01T00:00:00Z', durationMinutes: 45 };
    expect(planReminders(input)).toEqual(planReminders(input));
    const keys = planReminders(input).map((reminder) => reminderIdempotencyKey('booking-1', reminder.kind));
    expect(keys).toEqual(['reminder:booking-1:24h', 'reminder:booking-1:1h']);
    expect(
      new Set([...keys, ...planReminders(input).map((reminder) => reminderIdempotencyKey('booking-1', reminder.kind))])
        .size,
    ).toBe(2);
    expect(reminderIdempotencyKey('booking-2', '1h')).not.toBe(reminderIdempotencyKey('booking-1', '1h'));
  });
  it('§6.8: unreadable instants are rejected with input_invalid', () => {
    expect(() =>
      planReminders({ meetingStart: '2026-03-10 15:00', bookedAt: '2026-03-01T00:00:00Z', durationMinutes: 30 }),
    ).toThrow(expect.objectContaining({ code: 'input_invalid' }));
  });
});
