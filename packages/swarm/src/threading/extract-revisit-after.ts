import { monthNumbers, monthWordSource } from './calendar-words.js';
import { parseDatePhrase } from './parse-date-phrase.js';

const quarter = /\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)\b/iu;
const quarterWords: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const nextPeriod =
  /\b(?:next|nächste[nsm]?|prochaine?|próximo|próxima|volgende?|volgend)\s+(year|quarter|month|jahr|quartal|monat|année|an|trimestre|mois|año|mes|jaar|kwartaal|maand)\b|\b(?:l'année|le trimestre|le mois) prochaine?\b/iu;
const inAmount =
  /\b(?:in|in about|in around|after|nach|dans|en|dentro de|over)\s+(\d{1,2}|a|one|two|three|six|a few|couple of)\s+(weeks?|months?|wochen|monaten?|semaines|mois|semanas|meses|weken|maanden)\b/iu;
const monthOnly = new RegExp(
  `\\b(?:in|after|from|until|im|ab|nach|en|à partir de|después de|a partir de|na|vanaf)\\s+(?:early |mid[- ]|late |anfang |mitte |ende |début |fin |principios de |mediados de |finales de |begin |half |eind )?(${monthWordSource})\\b`,
  'iu',
);

function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

const amountWords: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, six: 6, 'a few': 3, 'couple of': 2 };

/**
 * When to resume after an objection (threading spec §7 rule 5): "Q3", "next quarter/year/month", "in June",
 * "in 3 months", or a concrete date, resolved against `reference` (message date, UTC). Returns the first day
 * of that period as `YYYY-MM-DD`, or undefined.
 */
export function extractRevisitAfter(text: string, reference: Date): string | undefined {
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth();
  const quarterMatch = quarter.exec(text);
  if (quarterMatch) {
    const number = Number(quarterMatch[1] ?? quarterWords[(quarterMatch[2] ?? '').toLowerCase()] ?? 1);
    const startMonth = (number - 1) * 3;
    return isoDay(startMonth + 2 < month ? year + 1 : year, startMonth, 1);
  }
  const period = nextPeriod.exec(text);
  if (period) {
    const unit = (period[1] ?? period[0]).toLowerCase();
    if (/year|jahr|ann|an\b|año|jaar/.test(unit)) return isoDay(year + 1, 0, 1);
    if (/quart|trimestre|kwartaal/.test(unit)) return isoDay(year, (Math.floor(month / 3) + 1) * 3, 1);
    return isoDay(year, month + 1, 1);
  }
  const amount = inAmount.exec(text);
  if (amount) {
    const count = Number(amount[1]) || amountWords[(amount[1] ?? '').toLowerCase()] || 1;
    const weeks = /^(?:week|woch|semaine|semana|weken)/i.test(amount[2] ?? '');
    const base = Date.UTC(year, month, reference.getUTCDate());
    return weeks
      ? new Date(base + count * 7 * 86_400_000).toISOString().slice(0, 10)
      : isoDay(year, month + count, reference.getUTCDate());
  }
  const monthMatch = monthOnly.exec(text);
  if (monthMatch) {
    const target = monthNumbers.get((monthMatch[1] ?? '').toLowerCase()) ?? 0;
    return isoDay(target <= month ? year + 1 : year, target, 1);
  }
  return /\b(?:after|until|nach|bis|après|jusqu|después|hasta|na|tot)\b/iu.test(text)
    ? parseDatePhrase(text, reference)
    : undefined;
}
