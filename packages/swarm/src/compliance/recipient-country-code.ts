import { foldPlaceName } from '../domain/fold-place-name.js';

/**
 * Region names come from the runtime's ICU/CLDR data (`Intl.DisplayNames`), a maintained dataset that
 * ships with Node, so this slice needs no country-list dependency of its own.
 */
let regionNames: Intl.DisplayNames | null = null;
let codeByEnglishName: Map<string, string> | null = null;

function displayNames(): Intl.DisplayNames {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return regionNames;
}

/** English CLDR name → code, for all 676 two-letter combinations CLDR knows (built once, ≈ 1 ms). */
function englishNames(): Map<string, string> {
  if (codeByEnglishName) return codeByEnglishName;
  codeByEnglishName = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const name = displayNames().of(`${first}${second}`);
      if (name && name !== 'Unknown Region') codeByEnglishName.set(foldPlaceName(name), `${first}${second}`);
    }
  }
  return codeByEnglishName;
}

/**
 * The upper-case ISO 3166-1 alpha-2 code of a recipient country given as a code (`de`, `GB`) or an
 * English name (`Germany`, `United Kingdom`), or null when it cannot be identified: empty, `ZZ`
 * (unknown region), a code or name CLDR does not know. Prefer passing the code resolved by
 * `RecipientLocaleResolver` (`countryCode`), which also understands aliases and local spellings.
 */
export function recipientCountryCode(country: string | null | undefined): string | null {
  const value = country?.trim() ?? '';
  if (value === '') return null;
  if (/^[A-Za-z]{2}$/.test(value)) {
    const code = value.toUpperCase();
    if (code === 'ZZ') return null;
    return displayNames().of(code) === undefined ? null : code;
  }
  return englishNames().get(foldPlaceName(value)) ?? null;
}
