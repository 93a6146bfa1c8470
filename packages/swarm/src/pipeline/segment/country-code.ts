/**
 * Country names and spellings seen in lead data, folded to ISO 3166-1 alpha-2 codes. Keys are
 * lower-case with punctuation removed ("U.S.A." → "usa"). Covers every country in the example data plus
 * the default target markets; unknown names fall back to their folded text in `countryKey`.
 */
const countryNames: ReadonlyMap<string, string> = new Map(
  Object.entries({
    US: ['us', 'usa', 'united states', 'united states of america', 'america', 'u s', 'u s a'],
    GB: [
      'gb',
      'uk',
      'u k',
      'united kingdom',
      'great britain',
      'britain',
      'england',
      'scotland',
      'wales',
      'northern ireland',
    ],
    CA: ['canada'],
    AU: ['australia'],
    NZ: ['new zealand'],
    IE: ['ireland', 'republic of ireland'],
    DE: ['germany', 'deutschland'],
    FR: ['france'],
    NL: ['netherlands', 'the netherlands', 'holland'],
    BE: ['belgium'],
    LU: ['luxembourg'],
    AT: ['austria'],
    CH: ['switzerland'],
    LI: ['liechtenstein'],
    ES: ['spain'],
    PT: ['portugal'],
    IT: ['italy'],
    GR: ['greece'],
    CY: ['cyprus'],
    MT: ['malta'],
    DK: ['denmark'],
    SE: ['sweden'],
    NO: ['norway'],
    FI: ['finland'],
    IS: ['iceland'],
    EE: ['estonia'],
    LV: ['latvia'],
    LT: ['lithuania'],
    PL: ['poland'],
    CZ: ['czechia', 'czech republic'],
    SK: ['slovakia'],
    SI: ['slovenia'],
    HU: ['hungary'],
    RO: ['romania'],
    BG: ['bulgaria'],
    HR: ['croatia'],
    RS: ['serbia'],
    UA: ['ukraine'],
    TR: ['turkey', 'turkiye'],
    IL: ['israel'],
    AE: ['united arab emirates', 'uae'],
    SA: ['saudi arabia'],
    EG: ['egypt'],
    NG: ['nigeria'],
    KE: ['kenya'],
    GH: ['ghana'],
    ZA: ['south africa'],
    MA: ['morocco'],
    IN: ['india'],
    PK: ['pakistan'],
    BD: ['bangladesh'],
    SG: ['singapore'],
    MY: ['malaysia'],
    ID: ['indonesia'],
    PH: ['philippines'],
    TH: ['thailand'],
    VN: ['vietnam', 'viet nam'],
    CN: ['china'],
    HK: ['hong kong'],
    TW: ['taiwan'],
    JP: ['japan'],
    KR: ['south korea', 'korea', 'republic of korea'],
    MX: ['mexico'],
    BR: ['brazil', 'brasil'],
    AR: ['argentina'],
    CL: ['chile'],
    CO: ['colombia'],
    PE: ['peru'],
    VE: ['venezuela'],
    UY: ['uruguay'],
    EC: ['ecuador'],
  }).flatMap(([code, names]) => [[code.toLowerCase(), code] as const, ...names.map((name) => [name, code] as const)]),
);

/**
 * A comparable key for a country value: its ISO 3166-1 alpha-2 code when known ("USA", "United States of
 * America" → `US`; "UK", "United Kingdom" → `GB`), otherwise the folded name; null for empty input.
 */
export function countryKey(value: string | null | undefined): string | null {
  if (!value) return null;
  const folded = value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (folded === '') return null;
  return countryNames.get(folded) ?? folded;
}
