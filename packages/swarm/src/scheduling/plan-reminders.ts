/**
 * `planReminders` — specs/scheduling.md "Reminders" and §6.8: reminders exactly 24 h and 1 h of elapsed
 * time before the meeting start, omitting any whose time is not strictly after `bookedAt`.
 */
import { CaioError } from '../domain/errors.js';
import { formatInstant, parseInstant } from './instant-parsing.js';

/** The two reminder kinds (SPEC §7: "remind 24 h and 1 h before"). */
export type ReminderKind = '24h' | '1h';

/** A planned reminder: its kind and the ISO-8601 UTC instant to send it. */
export interface PlannedReminder {
  kind: ReminderKind;
  at: string;
}

/** The input of {@link planReminders}; instants are ISO-8601 with `Z` or an offset. */
export interface PlanRemindersInput {
  meetingStart: string;
  bookedAt: string;
  durationMinutes: number;
}

const leadTimes: readonly [ReminderKind, number][] = [
  ['24h', 24 * 3_600_000],
  ['1h', 3_600_000],
];

/**
 * Plans the reminders of one booking, ordered by `at`. Pure: recompute on reschedule, delete on cancel.
 * @throws CaioError `input_invalid` when an instant cannot be read or the duration is not a positive integer
 */
export function planReminders(input: PlanRemindersInput): PlannedReminder[] {
  const meetingStart = parseInstant(input.meetingStart);
  const bookedAt = parseInstant(input.bookedAt);
  if (meetingStart === undefined || bookedAt === undefined) {
    throw new CaioError(
      'input_invalid',
      'planReminders needs meetingStart and bookedAt as ISO-8601 instants with Z or an offset.',
    );
  }
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new CaioError('input_invalid', 'planReminders needs durationMinutes as a positive integer.');
  }
  return leadTimes
    .map(([kind, lead]) => ({ kind, at: meetingStart - lead }))
    .filter((reminder) => reminder.at > bookedAt)
    .sort((left, right) => left.at - right.at)
    .map((reminder) => ({ kind: reminder.kind, at: formatInstant(reminder.at) }));
}

/**
 * The idempotency key of one reminder send: one send per `(bookingId, kind)` (spec §6.8), so a retried
 * or re-planned job cannot send twice.
 */
export function reminderIdempotencyKey(bookingId: string, kind: ReminderKind): string {
  return `reminder:${bookingId}:${kind}`;
}
