import { monthWordSource } from './calendar-words.js';

const weekday =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|miercoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag)\\.?';
const relativeDay =
  "(?:tomorrow|today|tonight|this (?:week|afternoon|morning|evening)|next week|later this week|early next week|end of (?:the )?week|morgen|übermorgen|heute|nächste woche|diese woche|demain|aujourd'hui|cette semaine|la semaine prochaine|mañana|hoy|esta semana|la próxima semana|la semana que viene|vandaag|deze week|volgende week)";
const dateWords = `(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s*(?:of\\s+|de\\s+)?(?:${monthWordSource})|(?:${monthWordSource})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?|\\d{1,2}/\\d{1,2}|\\d{4}-\\d{2}-\\d{2})`;
const clock =
  '(?:(?:[01]?\\d|2[0-3])(?::[0-5]\\d)?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:\\s?(?:uhr|h))?|(?:[01]?\\d|2[0-3])\\s?(?:uhr|h(?:[0-5]\\d)?)|noon|midday|mittags?|midi|mediodía)';
const period = '(?:morning|afternoon|evening|vormittag|nachmittag|matin|après-midi|tarde|ochtend|middag)';

/** One proposed slot: a day (weekday, relative or date) with an optional time range, or a time alone. */
const slotPattern = new RegExp(
  `\\b(?:(?:${weekday}|${relativeDay})(?:,?\\s+(?:the\\s+)?${dateWords})?|${dateWords})(?:[^.\\n?!;]{0,20}?\\b${clock}(?:\\s?[-–]\\s?${clock})?|\\s+(?:in the\\s+|am\\s+|le\\s+|por la\\s+|in de\\s+)?${period})?|\\b(?<![\\d.:])${clock}(?:\\s?[-–]\\s?${clock})?`,
  'giu',
);

// A sticky-free copy for test(): a global regex's lastIndex would leak into later matchAll calls.
const slotTestPattern = new RegExp(slotPattern.source, 'iu');

/** True when the text names a concrete day or time (the "concrete times/days" of spec §7 scheduling). */
export function mentionsDayOrTime(text: string): boolean {
  return slotTestPattern.test(text);
}

/**
 * Proposed meeting times as written ("Tuesday at 2pm", "jeudi 14h", "3/12 10:00–10:30"), in order, without
 * duplicates; at most 10 (threading spec §7 `extracted.proposedTimes`). Times are not converted: the
 * scheduling assistant resolves them with the `timezone` and the message date.
 */
export function extractProposedTimes(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(slotPattern)) {
    const slot = match[0].replace(/\s+/g, ' ').trim();
    // A bare number followed by h/uhr inside a larger word or a year is noise.
    if (/^\d{1,2}$/.test(slot)) continue;
    if (!found.includes(slot)) found.push(slot);
    if (found.length >= 10) break;
  }
  return found;
}
