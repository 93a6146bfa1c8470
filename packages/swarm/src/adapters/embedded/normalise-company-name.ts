const legalSuffixes = /\b(incorporated|inc|corporation|corp|company|co|limited|ltd|llc|plc|gmbh|sa|ag)\b/g;

/**
 * A name key for last-resort matching: Unicode-normalised, accents and marks removed, a trailing
 * parenthetical (`(Class A)`) and legal suffixes dropped, only letters and digits kept, lower-case.
 * Returns '' when nothing is left. Never use it to dedupe: 76 YC names are shared ("Apollo" ×3).
 *
 * @example normaliseCompanyName('Ångström AI, Inc.') // 'angstromai'
 */
export function normaliseCompanyName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)\s*$/, '')
    .replace(legalSuffixes, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
