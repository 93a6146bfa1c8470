/** Words that carry no meaning for matching titles or industries. */
const stopWords: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'to', 'at', 'in', 'a', 'an', 'on']);

const diacritics = /[\u0300-\u036f]/g;
const nonAlphanumeric = /[^a-z0-9]+/g;
/** Dotted abbreviations such as "V.P." or "U.S.A." — folded to "vp", "usa" before punctuation goes. */
const dottedAbbreviation = /\b[a-z](?:\.[a-z])+\b\.?/g;

/**
 * Folds a plural to its singular so "Agencies" matches "agency" and "Sales" matches "sale". Crude on
 * purpose: both sides of every comparison go through it, so it only has to be consistent.
 */
export function stemWord(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/**
 * Lower-cases, strips accents, joins dotted abbreviations ("V.P." → "vp"), turns `&` into "and" and punctuation into spaces: the shared first step of
 * title and industry matching. Returns the text padded with one space on each side so phrase rules can
 * match whole words with plain `' word '` patterns.
 */
export function foldPhrase(text: string): string {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(diacritics, '')
    .replace(dottedAbbreviation, (abbreviation) => abbreviation.replace(/\./g, ''))
    .replace(/&/g, ' and ')
    .replace(nonAlphanumeric, ' ')
    .trim();
  return ` ${folded} `;
}

/**
 * Splits folded text into stemmed, meaningful words, expanding each word through `synonyms` first
 * (e.g. `svp` → `vp`, `revops` → `revenue operations`).
 */
export function phraseTokens(text: string, synonyms: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  const tokens: string[] = [];
  for (const word of foldPhrase(text).split(' ')) {
    if (word === '') continue;
    for (const expanded of synonyms.get(word) ?? [word]) {
      if (!stopWords.has(expanded)) tokens.push(stemWord(expanded));
    }
  }
  return tokens;
}
