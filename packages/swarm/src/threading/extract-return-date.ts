import { parseDatePhrase } from './parse-date-phrase.js';

// "until", "back on", "returning" and their DE/FR/ES/NL forms, then up to 40 characters of date phrase.
const returnPhrase =
  /\b(?:until|till|til|through|thru|back (?:on|in the office on|at work on|in office on)?|return(?:ing)? (?:on|to the office on)?|reachable again (?:on|from)|bis (?:zum |einschließlich |am )?|ab (?:dem |am )?|wieder (?:im büro |erreichbar )?(?:ab|am)|jusqu'(?:au|à|a)|de retour (?:le|à partir du)?|à partir du|hasta (?:el )?|de vuelta (?:el)?|regreso (?:el)?|tot (?:en met )?|terug op|weer (?:aanwezig|op kantoor) (?:op)?)\s*([^\n]{1,40})/giu;

/**
 * The return date of an out-of-office notice (threading spec §5 kind `ooo`, §7 rule 5): the first date after
 * "until", "back on", "bis", "jusqu'au", "hasta", "tot" …, resolved against `reference` (the message date).
 * Returns `YYYY-MM-DD` or undefined when no date is given.
 */
export function extractReturnDate(text: string, reference: Date): string | undefined {
  for (const match of text.matchAll(returnPhrase)) {
    const resolved = parseDatePhrase(match[1] ?? '', reference);
    if (resolved) return resolved;
  }
  return undefined;
}
