/**
 * IBAN length per country, from the SWIFT IBAN Registry (ISO 13616). A country missing here is not
 * accepted, which keeps random "XX00…" strings from matching.
 */
// prettier-ignore
const ibanLengthByCountry: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18,
  FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24,
  ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29,
  PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23,
  ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
  // French overseas territories and Åland use the French and Finnish formats.
  GF: 27, GP: 27, MQ: 27, RE: 27, PF: 27, TF: 27, YT: 27, NC: 27, PM: 27, WF: 27, BL: 27, MF: 27, AX: 18,
  // Countries with national IBANs outside the SWIFT registry (published "experimental" formats).
  IR: 26, DZ: 26, AO: 25, BJ: 28, BF: 28, CM: 27, CV: 25, CI: 28, MG: 27, ML: 28, MZ: 25, SN: 28, KM: 27,
  TD: 27, GA: 27, CG: 27, GQ: 27, CF: 27, GW: 25, NE: 28, TG: 28, HN: 28, MA: 28,
};

/** The registered IBAN length for an upper-case ISO 3166 country code, or `undefined` when not an IBAN country. */
export function ibanLengthFor(countryCode: string): number | undefined {
  return ibanLengthByCountry[countryCode];
}

/**
 * True when `iban` (upper-case letters and digits, no spaces) has its country's registered length
 * and passes the ISO 7064 mod-97-10 check (the remainder is 1).
 */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (ibanLengthFor(iban.slice(0, 2)) !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    // Letters count as two digits, A = 10 … Z = 35; folding digit by digit keeps the number small.
    const value = code >= 65 ? String(code - 55) : character;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}
