const abbreviations =
  'UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|BST|IST|CET|CEST|EET|EEST|WET|WEST|MEZ|MESZ|AEST|AEDT|ACST|AWST|NZST|NZDT|JST|KST|SGT|HKT|BRT|ART';
const timezonePattern = new RegExp(
  `\\b((?:UTC|GMT)\\s?[+−-]\\s?\\d{1,2}(?::?\\d{2})?)|\\b(${abbreviations})\\b|\\b((?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)\\b|\\b([Ee]astern|[Pp]acific|[Cc]entral|[Mm]ountain)(?: [Ss]tandard| [Dd]aylight)? [Tt]ime\\b|\\b(?:[Hh]eure de|[Hh]ora de|[Hh]ora|[Hh]eure)\\s+([Pp]aris|[Mm]adrid|[Ll]ondres|[Ll]ondon|[Bb]ruxelles|[Nn]ew [Yy]ork|[Mm]éxico|[Mm]exico)\\b|\\b([Dd]eutscher [Zz]eit|[Dd]eutsche [Zz]eit|[Mm]itteleuropäische[rn]? [Zz]eit|[Hh]ora peninsular|[Nn]ederlandse tijd)\\b`,
  'u',
);
const namedZones: Record<string, string> = {
  eastern: 'America/New_York',
  central: 'America/Chicago',
  mountain: 'America/Denver',
  pacific: 'America/Los_Angeles',
  paris: 'Europe/Paris',
  madrid: 'Europe/Madrid',
  londres: 'Europe/London',
  london: 'Europe/London',
  bruxelles: 'Europe/Brussels',
  'new york': 'America/New_York',
  méxico: 'America/Mexico_City',
  mexico: 'America/Mexico_City',
  'deutscher zeit': 'Europe/Berlin',
  'deutsche zeit': 'Europe/Berlin',
  'mitteleuropäischer zeit': 'Europe/Berlin',
  'mitteleuropäische zeit': 'Europe/Berlin',
  'mitteleuropäischen zeit': 'Europe/Berlin',
  'hora peninsular': 'Europe/Madrid',
  'nederlandse tijd': 'Europe/Amsterdam',
};

/**
 * The time zone a reply states (threading spec §7 `extracted.timezone`): an IANA name as written, an
 * upper-case abbreviation (`EST`, `CET`, `MESZ`), a UTC/GMT offset (`UTC+2`), or an IANA name for
 * spelled-out zones ("Eastern time" → `America/New_York`, "heure de Paris" → `Europe/Paris`).
 */
export function extractTimezone(text: string): string | undefined {
  const match = timezonePattern.exec(text);
  if (!match) return undefined;
  if (match[1]) return match[1].replace(/\s+/g, '').replace('−', '-').toUpperCase();
  if (match[2]) return match[2];
  if (match[3]) return match[3];
  const spelled = (match[4] ?? match[5] ?? match[6] ?? '').toLowerCase();
  return namedZones[spelled];
}
