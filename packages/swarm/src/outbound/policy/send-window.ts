import { DateTime } from 'luxon';
import { CaioError } from '../../domain/errors.js';

/**
 * Recipient-local business hours (SPEC §3.7, default 08:00–18:00 Mon–Fri). Hours are local wall
 * clock, `[startHour, endHour)`; weekdays are ISO numbers (1 = Monday … 7 = Sunday).
 */
export interface SendWindowSettings {
  startHour: number;
  endHour: number;
  weekdays: readonly number[];
}

/** SPEC §3.7 default window: 08:00–18:00, Monday to Friday. */
export const defaultSendWindow: SendWindowSettings = { startHour: 8, endHour: 18, weekdays: [1, 2, 3, 4, 5] };

/** Whether a send may go now, and if not, why and when (UTC) the window next opens. */
export type SendWindowCheck =
  | { open: true }
  | { open: false; reason: 'outside_send_window' | 'holiday'; holidayName: string | null; nextOpenAt: Date };

/** How far ahead to look for an opening: a year covers any real holiday calendar. */
const searchDays = 370;

/**
 * Checks `now` against the window in `timeZone` (IANA), skipping local dates for which
 * `holidayOn(YYYY-MM-DD)` names a holiday. The next opening is `startHour` local on the next
 * business day, converted across DST (a start inside a spring-forward gap moves to the first valid
 * local minute after it).
 *
 * @throws CaioError `input_invalid` for an unknown zone or a window that never opens.
 */
export function checkSendWindow(
  now: Date,
  timeZone: string,
  settings: SendWindowSettings,
  holidayOn: (localDate: string) => string | null,
): SendWindowCheck {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (!local.isValid) throw new CaioError('input_invalid', `Unknown time zone "${timeZone}": use an IANA zone name.`);
  const isBusinessDay = (day: DateTime) =>
    settings.weekdays.includes(day.weekday) && holidayOn(day.toISODate() as string) === null;
  const todayHoliday = holidayOn(local.toISODate() as string);
  if (isBusinessDay(local) && local.hour >= settings.startHour && local.hour < settings.endHour) return { open: true };
  for (let offset = 0; offset <= searchDays; offset += 1) {
    const day = local.startOf('day').plus({ days: offset });
    if (!isBusinessDay(day)) continue;
    const opening = day.set({ hour: settings.startHour, minute: 0, second: 0, millisecond: 0 });
    if (opening.toMillis() <= now.getTime()) continue;
    return {
      open: false,
      reason: todayHoliday === null ? 'outside_send_window' : 'holiday',
      holidayName: todayHoliday,
      nextOpenAt: opening.toUTC().toJSDate(),
    };
  }
  throw new CaioError('input_invalid', `The send window never opens in ${timeZone}: check sendWindow.weekdays.`);
}
