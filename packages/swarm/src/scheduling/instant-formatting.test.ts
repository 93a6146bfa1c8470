import { describe, expect, it } from 'vitest';
import { formatCivilDate } from './civil-date.js';
import { formatInstant } from './instant-parsing.js';
import { createSeededRandom } from './seeded-random.js';
import { formatWallTime } from './wall-time.js';

const millisecondsPerDay = 86_400_000;
/** Year 0000 starts, year 10000 starts, leap days, the epoch, negative and fractional values. */
const edges = [
  0,
  -0,
  -1,
  1,
  -62_167_219_200_000,
  -62_167_219_200_001,
  253_402_300_799_999,
  253_402_300_800_000,
  8.64e15,
  -8.64e15,
  Date.UTC(2000, 1, 29, 23, 59, 59, 999),
  Date.UTC(2100, 2, 1),
  Date.UTC(1900, 1, 28, 12, 30),
  1_772_952_000_000.5,
  -1.5,
];

describe('fast formatting agrees with Date (slot labels and instants, specs/scheduling.md "Slot")', () => {
  it('formatInstant equals Date#toISOString and formatCivilDate its date part, on edges and random instants', () => {
    const random = createSeededRandom(5);
    const values = [...edges, ...Array.from({ length: 5_000 }, () => Math.floor((random() * 2 - 1) * 8.6e15))];
    for (const value of values) {
      expect(formatInstant(value)).toBe(new Date(value).toISOString());
      const dayNumber = Math.floor(value / millisecondsPerDay);
      expect(formatCivilDate(dayNumber)).toBe(new Date(dayNumber * millisecondsPerDay).toISOString().slice(0, 10));
    }
  });
  it('formatInstant throws RangeError for a non-finite instant, like Date#toISOString', () => {
    expect(() => formatInstant(Number.NaN)).toThrow(RangeError);
  });
  it('formatWallTime writes HH:mm for every minute of the day', () => {
    expect(formatWallTime(0)).toBe('00:00');
    expect(formatWallTime(9 * 60 + 5)).toBe('09:05');
    expect(formatWallTime(1439)).toBe('23:59');
  });
});
