/**
 * ISO 3166-1 alpha-2 codes of the EU member states (27, per europa.eu "EU countries", since
 * 1 Feb 2020). The GDPR applies to recipients there (Art. 3).
 */
export const euMemberStateCodes = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const; // prettier-ignore

/** The EEA states outside the EU (EEA Agreement; the GDPR applies there by EEA Joint Committee Decision 154/2018). */
export const eeaNonEuStateCodes = ['IS', 'LI', 'NO'] as const;

/**
 * Parts of EU member states that have their own ISO 3166-1 code but are EU territory where the GDPR
 * applies (TFEU Art. 349 and 355: outermost regions; Åland): Åland `AX`, French Guiana `GF`,
 * Guadeloupe `GP`, Martinique `MQ`, Réunion `RE`, Mayotte `YT`, Saint-Martin `MF`, and the
 * exceptionally reserved codes Canary Islands `IC` and Ceuta/Melilla `EA`. `GR` is also written `EL`
 * in EU documents.
 */
export const euTerritoryCodes = ['AX', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'IC', 'EA', 'EL'] as const;

/**
 * The United Kingdom (`GB`; `UK` is exceptionally reserved and used by the EU) — UK GDPR and the
 * Data Protection Act 2018 keep Art. 14 — plus jurisdictions with GDPR-equivalent laws and the same
 * duty to inform: Gibraltar `GI` (Gibraltar GDPR), Guernsey `GG` (DP Law 2017), Jersey `JE` (DP Law
 * 2018), Isle of Man `IM` (GDPR and LED Implementing Regulations 2018). Sending a notice where one is
 * not strictly owed costs nothing; missing one where it is owed breaks the law.
 */
export const ukAndEquivalentCodes = ['GB', 'UK', 'GI', 'GG', 'JE', 'IM'] as const;

/**
 * Every country code whose recipients get the GDPR Art. 14 notice in their first email
 * (specs/security.md EM-8: "EU/UK recipients"), plus `EU` for a recipient recorded only as "EU".
 */
export const art14NoticeCountryCodes: ReadonlySet<string> = new Set<string>([
  ...euMemberStateCodes,
  ...eeaNonEuStateCodes,
  ...euTerritoryCodes,
  ...ukAndEquivalentCodes,
  'EU',
]);
