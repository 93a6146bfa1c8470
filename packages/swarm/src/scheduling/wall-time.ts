/** `"HH:mm"` wall-clock times of working hours and preferences (specs/scheduling.md "HostConfig"). */

/**
 * Parses `"HH:mm"` into minutes since midnight. `"24:00"` is accepted as 1440 (the next local midnight)
 * only when `allowEndOfDay` is set. Returns `undefined` when malformed.
 */
export function parseWallTime(text: unknown, allowEndOfDay: boolean): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours === 24 && minutes === 0) return allowEndOfDay ? 1440 : undefined;
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/** `"00:00"`…`"23:59"` by minute of day: every slot label needs two (issue 7 benchmark). */
const wallTimes: readonly string[] = Array.from(
  { length: 1440 },
  (_, minuteOfDay) =>
    `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`,
);

/** Formats minutes since midnight (0–1439) as `"HH:mm"`. */
export function formatWallTime(minuteOfDay: number): string {
  const tabled = wallTimes[minuteOfDay];
  if (tabled !== undefined) return tabled;
  const hours = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(minuteOfDay % 60).padStart(2, '0');
  return `${hours}:${minutes}`;
}
