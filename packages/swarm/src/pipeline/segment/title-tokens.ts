import { foldPhrase, phraseTokens } from './phrase-tokens.js';

/** Multi-word title phrases folded to one canonical word before splitting (SPEC §3.3 title robustness). */
const titlePhrases: ReadonlyMap<string, string> = new Map([
  ['executive vice president', 'vp'],
  ['senior vice president', 'vp'],
  ['vice president', 'vp'],
  ['vice pres', 'vp'],
  ['chief executive officer', 'ceo'],
  ['chief operating officer', 'coo'],
  ['chief operations officer', 'coo'],
  ['chief revenue officer', 'cro'],
  ['chief marketing officer', 'cmo'],
  ['chief technology officer', 'cto'],
  ['chief technical officer', 'cto'],
  ['chief financial officer', 'cfo'],
  ['chief commercial officer', 'cco'],
  ['chief growth officer', 'cgo'],
  ['chief product officer', 'cpo'],
  ['chief information officer', 'cio'],
  ['chief people officer', 'chro'],
  ['chief human resources officer', 'chro'],
  ['co founder', 'founder'],
  ['co founding', 'founder'],
  ['founding partner', 'founder partner'],
  ['head of', 'head'],
  ['managing director', 'md'],
  ['general manager', 'gm'],
  ['business development', 'bizdev'],
]);

const phrasePattern = new RegExp(
  `(?<= )(${[...titlePhrases.keys()].sort((left, right) => right.length - left.length).join('|')})(?= )`,
  'g',
);

/** One-word abbreviations and spellings folded to the canonical words used in priority-title patterns. */
const titleSynonyms: ReadonlyMap<string, readonly string[]> = new Map([
  ['svp', ['vp']],
  ['evp', ['vp']],
  ['avp', ['vp']],
  ['vicepresident', ['vp']],
  ['cofounder', ['founder']],
  ['sr', ['senior']],
  ['snr', ['senior']],
  ['jr', ['junior']],
  ['ops', ['operations']],
  ['mgr', ['manager']],
  ['dir', ['director']],
  ['mktg', ['marketing']],
  ['revops', ['revenue', 'operations']],
  ['salesops', ['sales', 'operations']],
  ['bizops', ['business', 'operations']],
  ['bd', ['bizdev']],
  ['pres', ['president']],
]);

/**
 * Canonical words of a job title: case, punctuation and accents ignored, "Vice President"/"SVP" → `vp`,
 * "Chief Revenue Officer" → `cro`, "Co-Founder" → `founder`, "Head of" → `head`, plurals folded
 * ("Sales" → `sale`). Priority-title patterns go through the same function, so "VP of Sales",
 * "Vice President, Sales" and "SVP Sales" all contain the pattern words of "VP Sales".
 */
export function titleTokens(title: string): string[] {
  const folded = foldPhrase(title).replace(phrasePattern, (phrase: string) => titlePhrases.get(phrase) ?? phrase);
  return phraseTokens(folded, titleSynonyms);
}
