/**
 * Free-text answer resolution of specs/scheduling.md §6.6: a prospect's reply to a proposal email becomes
 * a pick (an exact instant), a new search window, a refusal, or "unclear". Interpreted in the prospect's
 * zone; local times resolve to instants with the compatible rule (§6.3 rule 5). Pure: the caller
 * re-validates a pick with the §6.4 predicate before accepting it.
 */
import { formatInstant, parseInstant } from '../instant-parsing.js';
import { readLocal, resolveLocalTime } from '../time-zone.js';
import {
  alternativeMarker,
  nextWeekPhrase,
  numberedOption,
  ordinalFalseFriends,
  ordinalWords,
  partsOfDay,
  refusalPhrase,
  thisWeekPhrase,
} from './answer-vocabulary.js';
import { parseAnswerTimes, type AnswerTimeMention } from './parse-answer-times.js';

/** What the reply means. Instants are ISO-8601 UTC. */
export type SchedulingAnswer =
  | { kind: 'pick'; start: string; via: 'ordinal' | 'proposal-time' | 'free-time' }
  | { kind: 'window'; windowStart: string; windowEnd: string; preferredHours?: [string, string] }
  | { kind: 'refusal' }
  | { kind: 'unclear' };

/** Input of {@link resolveSchedulingAnswer}. */
export interface SchedulingAnswerInput {
  /** The new visible text of the reply (quoted history already stripped by the threading slice). */
  text: string;
  /** ISO-8601 instant: when the reply is read (the injected clock). */
  now: string;
  /** IANA zone of the prospect. */
  prospectTimezone: string;
  /** The proposal starts shown in the last email, in display order (from thread state, §6.6). */
  proposals: string[];
}

function ordinalIndex(text: string, proposalCount: number): number | undefined {
  for (const [pattern, index] of ordinalWords) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (ordinalFalseFriends.test(text.slice(match.index + match[0].length))) continue;
    return index === -1 ? proposalCount - 1 : index;
  }
  const numbered = numberedOption.exec(text);
  return numbered ? Number(numbered[1]) - 1 : undefined;
}

function partOfDay(text: string): [string, string] | undefined {
  return partsOfDay.find(([pattern]) => pattern.test(text))?.[1];
}

function mentionInstant(mention: AnswerTimeMention, timeZone: string, minuteOfDay: number): number {
  if (mention.statedOffsetMinutes !== undefined) {
    return (mention.dayNumber * 1440 + minuteOfDay - mention.statedOffsetMinutes) * 60_000;
  }
  return resolveLocalTime(timeZone, mention.dayNumber, minuteOfDay);
}

function localDayBounds(timeZone: string, firstDay: number, lastDayExclusive: number): [number, number] {
  return [resolveLocalTime(timeZone, firstDay, 0), resolveLocalTime(timeZone, lastDayExclusive, 0)];
}

function windowAnswer(start: number, end: number, now: number, hours?: [string, string]): SchedulingAnswer {
  const answer: SchedulingAnswer = {
    kind: 'window',
    windowStart: formatInstant(Math.max(start, now)),
    windowEnd: formatInstant(end),
  };
  if (hours) answer.preferredHours = hours;
  return answer;
}

/** Monday (as a day number) of the prospect-local week containing `dayNumber`. */
function mondayOf(dayNumber: number): number {
  return dayNumber - ((((dayNumber + 3) % 7) + 7) % 7);
}

/**
 * Resolves a reply. Order: an explicit option ("the second one", "option 2"); a stated time (with a day,
 * or matched against the proposals' prospect-local times); a week or day with an optional part of day
 * ("any morning next week", "Tuesday afternoon") as a new window; a refusal; else `unclear`.
 * An ordinal beyond the proposals, or unreadable `now`, gives `unclear`.
 */
export function resolveSchedulingAnswer(input: SchedulingAnswerInput): SchedulingAnswer {
  const now = parseInstant(input.now);
  if (now === undefined) return { kind: 'unclear' };
  const zone = input.prospectTimezone;
  const text = input.text.trim();
  const proposals = input.proposals.map((start) => parseInstant(start)).filter((start) => start !== undefined);

  const index = ordinalIndex(text, proposals.length);
  if (index !== undefined) {
    const start = proposals[index];
    return start === undefined ? { kind: 'unclear' } : { kind: 'pick', start: formatInstant(start), via: 'ordinal' };
  }

  const refused = refusalPhrase.test(text);
  if (refused && !alternativeMarker.test(text)) return { kind: 'refusal' };
  const mentions = parseAnswerTimes(text, zone, now);
  // "None of these, but Friday 2pm would" — the alternative comes after the refusal: take the last time.
  const timedMentions = mentions.filter((mention) => mention.minuteOfDay !== undefined);
  const timed = refused ? timedMentions.at(-1) : timedMentions[0];
  if (timed?.minuteOfDay !== undefined) {
    const minute = timed.minuteOfDay;
    if (timed.dayStated || timed.statedOffsetMinutes !== undefined) {
      const start = mentionInstant(timed, zone, minute);
      const via = proposals.includes(start) ? 'proposal-time' : 'free-time';
      return { kind: 'pick', start: formatInstant(start), via };
    }
    const sameTime = proposals.find((start) => readLocal(zone, start).minuteOfDay === minute);
    if (sameTime !== undefined) return { kind: 'pick', start: formatInstant(sameTime), via: 'proposal-time' };
    const today = readLocal(zone, now).dayNumber;
    const todayAt = resolveLocalTime(zone, today, minute);
    const start = todayAt > now ? todayAt : resolveLocalTime(zone, today + 1, minute);
    return { kind: 'pick', start: formatInstant(start), via: 'free-time' };
  }

  const hours = partOfDay(text);
  const today = readLocal(zone, now).dayNumber;
  if (nextWeekPhrase.test(text)) {
    const monday = mondayOf(today) + 7;
    const [start, end] = localDayBounds(zone, monday, monday + 7);
    return windowAnswer(start, end, now, hours);
  }
  if (thisWeekPhrase.test(text)) {
    const [start, end] = localDayBounds(zone, today, mondayOf(today) + 7);
    return windowAnswer(start, end, now, hours);
  }
  const day = mentions.find((mention) => mention.dayStated);
  if (day) {
    const onDay = proposals.filter((start) => readLocal(zone, start).dayNumber === day.dayNumber);
    if (onDay.length === 1 && hours === undefined) {
      return { kind: 'pick', start: formatInstant(onDay[0]!), via: 'proposal-time' };
    }
    const [start, end] = localDayBounds(zone, day.dayNumber, day.dayNumber + 1);
    return windowAnswer(start, end, now, hours);
  }
  if (refused) return { kind: 'refusal' };
  if (hours) {
    const [start, end] = localDayBounds(zone, today, today + 15);
    return windowAnswer(start, end, now, hours);
  }
  return { kind: 'unclear' };
}
