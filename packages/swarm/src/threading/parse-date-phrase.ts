import { monthNumbers, monthWordSource, weekdayNumbers, weekdayWordPattern } from './calendar-words.js';

const dayMs = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null;
}

function startOfDay(reference: Date): Date {
  return new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()));
}

/** The date with this month/day on or after the reference day (next year when already past). */
function nextMonthDay(month: number, day: number, reference: Date): Date | null {
  const today = startOfDay(reference);
  const sameYear = utcDay(today.getUTCFullYear(), month, day);
  if (sameYear && sameYear.getTime() >= today.getTime()) return sameYear;
  return utcDay(today.getUTCFullYear() + 1, month, day);
}

const numericDate =
  /\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{2,4})?(?!\d)|\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/u;
const dayMonth = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th|er|e|\\.)?\\s*(?:of\\s+|de\\s+)?(${monthWordSource})\\b\\.?(?:,?\\s*(\\d{4}))?`,
  'iu',
);
const monthDay = new RegExp(`\\b(${monthWordSource})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4}))?`, 'iu');
const ordinalDay = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b|\b(\d{1,2})(?:st|nd|rd|th)\b/iu;
const tomorrow = /\b(?:tomorrow|morgen|demain|mañana)\b/iu;
const nextWeek =
  /\b(?:next week|nächste(?:n)? woche|la semaine prochaine|la próxima semana|la semana que viene|volgende week)\b/iu;

function fullYear(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  return value < 100 ? 2000 + value : value;
}

function fromNumeric(match: RegExpExecArray, reference: Date): Date | null {
  if (match[1]) return utcDay(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // 23.03.(2026): day first (DE, NL, FR usage).
  if (match[4]) {
    const day = Number(match[4]);
    const month = Number(match[5]) - 1;
    return match[6] ? utcDay(fullYear(match[6], 0), month, day) : nextMonthDay(month, day, reference);
  }
  // Slashes are ambiguous; read month/day unless the first number cannot be a month.
  const first = Number(match[7]);
  const second = Number(match[8]);
  const [month, day] = first > 12 ? [second - 1, first] : [first - 1, second];
  return match[9] ? utcDay(fullYear(match[9], 0), month, day) : nextMonthDay(month, day, reference);
}

/**
 * Resolves a day named in free text (EN/DE/FR/ES/NL) against `reference` (UTC calendar day, usually the
 * message `Date`): ISO and numeric dates, "23 March", "March 23rd", "the 20th", weekdays (next occurrence
 * after the reference), "tomorrow", "next week" (its Monday). Returns `YYYY-MM-DD` or undefined.
 */
export function parseDatePhrase(text: string, reference: Date): string | undefined {
  const today = startOfDay(reference);
  const numeric = numericDate.exec(text);
  const named = dayMonth.exec(text) ?? null;
  const named2 = monthDay.exec(text) ?? null;
  let date: Date | null = null;
  if (named) {
    const month = monthNumbers.get((named[2] ?? '').toLowerCase()) ?? 0;
    date = named[3]
      ? utcDay(Number(named[3]), month, Number(named[1]))
      : nextMonthDay(month, Number(named[1]), reference);
  } else if (named2) {
    const month = monthNumbers.get((named2[1] ?? '').toLowerCase()) ?? 0;
    date = named2[3]
      ? utcDay(Number(named2[3]), month, Number(named2[2]))
      : nextMonthDay(month, Number(named2[2]), reference);
  } else if (numeric) {
    date = fromNumeric(numeric, reference);
  } else if (ordinalDay.test(text)) {
    const match = ordinalDay.exec(text);
    const day = Number(match?.[1] ?? match?.[2]);
    date = utcDay(today.getUTCFullYear(), today.getUTCMonth(), day);
    if (!date || date.getTime() < today.getTime()) {
      const next = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
      date = utcDay(next.getUTCFullYear(), next.getUTCMonth(), day);
    }
  } else if (weekdayWordPattern.test(text)) {
    const word = (weekdayWordPattern.exec(text)?.[0] ?? '').replace(/\.$/, '').toLowerCase();
    const target = weekdayNumbers.get(word) ?? 1;
    const ahead = (target - today.getUTCDay() + 7) % 7 || 7;
    date = new Date(today.getTime() + ahead * dayMs);
  } else if (tomorrow.test(text)) {
    date = new Date(today.getTime() + dayMs);
  } else if (nextWeek.test(text)) {
    const ahead = (1 - today.getUTCDay() + 7) % 7 || 7;
    date = new Date(today.getTime() + ahead * dayMs);
  }
  return date ? isoDay(date) : undefined;
}
