/**
 * Words SCHEDULER recognises in replies besides dates and times: option ordinals, parts of the day,
 * week references and refusals, in English, German, French and Spanish (the languages chrono reads
 * dates in; SPEC §6 handles non-English replies). Pure data and regular expressions.
 */

/** Ordinal words → proposal index; `-1` means "the last one". Matched as whole words, case-insensitive. */
export const ordinalWords: readonly [RegExp, number][] = [
  [/\b(first|1st|erste[nrm]?|premier|premi[eè]re|primer[oa]?)\b/i, 0],
  [/\b(second|2nd|zweite[nrm]?|deuxi[eè]me|seconde?|segund[oa])\b/i, 1],
  [/\b(third|3rd|dritte[nrm]?|troisi[eè]me|tercer[oa]?)\b/i, 2],
  [/\b(fourth|4th|vierte[nrm]?|quatri[eè]me|cuart[oa])\b/i, 3],
  [/\b(fifth|5th|f[uü]nfte[nrm]?|cinqui[eè]me|quint[oa])\b/i, 4],
  [/\b(last|letzte[nrm]?|derni[eè]re?|[uú]ltim[oa])\b/i, -1],
];

/** Words right after an ordinal that show it is not about an option ("first week", "2nd of March"). */
export const ordinalFalseFriends = /^\s*(of|week|half|thing|quarter|woche|semaine|semana|de\s+\p{L}+)\b/iu;

/** "option 2", "#2", "number 2", "Nr. 2", "no. 2", or a reply that starts with a bare 1–5 ("2 works"). */
export const numberedOption =
  /(?:\b(?:option|slot|choice|number|nr\.?|no\.|opci[oó]n|numéro|nummer)\s*#?\s*|#\s*|^\s*)([1-5])(?![\d:./-]|\s*(?:am|pm|a\.m|p\.m|h\b|uhr|o'?clock))/i;

/** Parts of the day as prospect-local preferred hours. */
export const partsOfDay: readonly [RegExp, [string, string]][] = [
  [/\b(mornings?|morgens|vormittags?|matin(?:ée)?s?)\b/i, ['08:00', '12:00']],
  [/\b(afternoons?|nachmittags?|apr[eè]s-midi|tarde)\b/i, ['12:00', '17:00']],
  [/\b(evenings?|abends?|soir(?:ée)?)\b/i, ['17:00', '20:00']],
];

/** "next week" in the supported languages. */
export const nextWeekPhrase =
  /\b(next week|n[aä]chste woche|semaine prochaine|la semana que viene|pr[oó]xima semana)\b/i;

/** "this week" in the supported languages. */
export const thisWeekPhrase = /\b(this week|later this week|diese woche|cette semaine|esta semana)\b/i;

/** A refusal of every proposal ("none of these work"). */
export const refusalPhrase =
  /\b(none of (?:these|those|them|the)|none (?:work|suit)|neither|no good|(?:doesn'?t|don'?t|does not|do not|won'?t|can'?t|cannot) (?:work|make)|keine?r? (?:davon|der)|passt (?:leider )?nicht|klappt (?:leider )?nicht|aucun(?:e)?|ne (?:me )?convien|ningun[oa]|no me (?:sirve|va))\b/i;

/** A counter-offer after a refusal ("…, but Friday 2pm would"): the reply is then not a plain refusal. */
export const alternativeMarker =
  /\b(but|how about|what about|instead|rather|would|aber|wie w[aä]re|mais|plut[oô]t|pero|qu[eé] tal)\b/i;
