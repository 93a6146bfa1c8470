/**
 * Date/time mentions in a prospect's reply, read with `chrono-node` (English, German, French, Spanish,
 * Dutch, Portuguese; the parser covering most of the text wins) but returned as wall-clock fields only: chrono computes instants in the process time
 * zone, so we never use its `Date`s. The reference is the prospect's own wall clock at `now`, expressed as
 * a process-local `Date` whose fields equal it, so relative words ("tomorrow", "Thursday") count in the
 * prospect's calendar (specs/scheduling.md §6.6: "interpret it in the prospect's zone").
 */
import * as chrono from 'chrono-node';
import { civilDayNumber } from '../civil-date.js';
import { readLocal } from '../time-zone.js';

/** One mention: the prospect-local date and, when stated, the time. */
export interface AnswerTimeMention {
  /** Prospect-local date as days since 1970-01-01. */
  dayNumber: number;
  /** True when the text names the day (a date, a weekday or a relative day); false when chrono implied it. */
  dayStated: boolean;
  /** Minutes since local midnight when the text states an hour. */
  minuteOfDay?: number;
  /** Minutes east of UTC when the text names a zone ("3pm EST"), else the prospect's zone applies. */
  statedOffsetMinutes?: number;
  /** The matched text, e.g. `Thursday 3pm`. */
  text: string;
}

/** The structural part of a chrono parser we use (locale modules and `Chrono` instances both fit). */
interface DateParser {
  parse(text: string, reference: Date, option: { forwardDate: boolean }): chrono.ParsedResult[];
}

const parsers: readonly DateParser[] = [chrono.casual, chrono.de, chrono.fr, chrono.es, chrono.nl, chrono.pt];

/** A `Date` whose process-local fields equal `timeZone`'s wall clock at `now` (chrono's reference). */
function wallClockReference(timeZone: string, now: number): Date {
  const reading = readLocal(timeZone, now);
  const asUtc = new Date(reading.dayNumber * 86_400_000 + reading.minuteOfDay * 60_000);
  return new Date(
    asUtc.getUTCFullYear(),
    asUtc.getUTCMonth(),
    asUtc.getUTCDate(),
    asUtc.getUTCHours(),
    asUtc.getUTCMinutes(),
  );
}

/**
 * Business-hours reading of an hour without AM/PM: "at 2" means 14:00, not 02:00. Hours 1–7 without a
 * stated meridiem are read as afternoon; 8–12 as stated.
 */
function businessHour(hour: number, meridiemStated: boolean): number {
  return !meridiemStated && hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

/**
 * Finds date/time mentions in `text`, read in `timeZone` relative to `now` (epoch ms). The first language
 * whose parser finds anything wins. Future dates are preferred ("Thursday" = the coming Thursday).
 */
export function parseAnswerTimes(text: string, timeZone: string, now: number): AnswerTimeMention[] {
  const reference = wallClockReference(timeZone, now);
  // Every language parses; the one whose matches cover the most text wins (ties: the earlier language),
  // so "jeudi à 10h" is read by the French parser rather than the English one's partial "10h".
  let best: chrono.ParsedResult[] = [];
  let bestCoverage = 0;
  for (const parser of parsers) {
    const results = parser.parse(text, reference, { forwardDate: true });
    const coverage = results.reduce((sum, result) => sum + result.text.length, 0);
    if (coverage > bestCoverage) {
      best = results;
      bestCoverage = coverage;
    }
  }
  return best.map((result) => {
    const start = result.start;
    const dayNumber = civilDayNumber(start.get('year') ?? 1970, start.get('month') ?? 1, start.get('day') ?? 1);
    const dayStated = start.isCertain('day') || start.isCertain('weekday');
    const mention: AnswerTimeMention = { dayNumber, dayStated, text: result.text };
    if (start.isCertain('hour')) {
      const hour = businessHour(start.get('hour') ?? 0, start.isCertain('meridiem') || (start.get('hour') ?? 0) > 12);
      mention.minuteOfDay = hour * 60 + (start.get('minute') ?? 0);
    }
    if (start.isCertain('timezoneOffset')) mention.statedOffsetMinutes = start.get('timezoneOffset') ?? 0;
    return mention;
  });
}
