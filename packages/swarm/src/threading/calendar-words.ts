// Weekday and month names in EN/DE/FR/ES/NL (threading spec §7 rule 6), lower-case, accents kept.

/** Weekday name or abbreviation → 0 (Sunday) … 6 (Saturday). */
export const weekdayNumbers: ReadonlyMap<string, number> = new Map(
  (
    [
      [0, ['sunday', 'sun', 'sonntag', 'so', 'dimanche', 'domingo', 'zondag', 'zo']],
      [1, ['monday', 'mon', 'montag', 'mo', 'lundi', 'lunes', 'maandag', 'ma']],
      [2, ['tuesday', 'tue', 'tues', 'dienstag', 'di', 'mardi', 'martes', 'dinsdag']],
      [3, ['wednesday', 'wed', 'mittwoch', 'mi', 'mercredi', 'miércoles', 'miercoles', 'woensdag', 'wo']],
      [4, ['thursday', 'thu', 'thur', 'thurs', 'donnerstag', 'do', 'jeudi', 'jueves', 'donderdag']],
      [5, ['friday', 'fri', 'freitag', 'fr', 'vendredi', 'viernes', 'vrijdag', 'vr']],
      [6, ['saturday', 'sat', 'samstag', 'sa', 'samedi', 'sábado', 'sabado', 'zaterdag', 'za']],
    ] as const
  ).flatMap(([day, names]) => names.map((name) => [name, day] as const)),
);

/** Month name or abbreviation → 0 (January) … 11 (December). */
export const monthNumbers: ReadonlyMap<string, number> = new Map(
  (
    [
      [0, ['january', 'jan', 'januar', 'janvier', 'enero', 'januari']],
      [1, ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'februari']],
      [2, ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'maart']],
      [3, ['april', 'apr', 'avril', 'abril']],
      [4, ['may', 'mai', 'mayo', 'mei']],
      [5, ['june', 'jun', 'juni', 'juin', 'junio']],
      [6, ['july', 'jul', 'juli', 'juillet', 'julio']],
      [7, ['august', 'aug', 'août', 'aout', 'agosto', 'augustus']],
      [8, ['september', 'sep', 'sept', 'septembre', 'septiembre']],
      [9, ['october', 'oct', 'oktober', 'octobre', 'octubre']],
      [10, ['november', 'nov', 'novembre', 'noviembre']],
      [11, ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre']],
    ] as const
  ).flatMap(([month, names]) => names.map((name) => [name, month] as const)),
);

/** Full weekday names only (two-letter abbreviations are too ambiguous to scan free text for). */
export const weekdayWordPattern =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b\.?/iu;

/** Month names (full and common abbreviations) for date phrases. */
export const monthWordSource =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|augustus';
