/** Wall-clock labels of instants (specs/scheduling.md "Slot", invariant `labels-match-timezones`). */
import { formatCivilDate } from './civil-date.js';
import type { SlotLabel } from './slot.js';
import { formatOffset, readLocal } from './time-zone.js';
import { formatWallTime } from './wall-time.js';

/** Labels an instant (epoch ms) in an IANA zone as `{ date, time, offset }`. */
export function labelInstant(timeZone: string, epochMilliseconds: number): SlotLabel {
  const reading = readLocal(timeZone, epochMilliseconds);
  return {
    date: formatCivilDate(reading.dayNumber),
    time: formatWallTime(reading.minuteOfDay),
    offset: formatOffset(reading.offsetMilliseconds),
  };
}
