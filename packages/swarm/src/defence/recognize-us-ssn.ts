import type { PiiMatch } from './pii-type.js';
import { textBefore } from './pii-context.js';
import { isIssuableSsn } from './us-ssn-range.js';

/** `123-45-6789`, `123 45 6789` or `123.45.6789`, one separator used consistently (the back-reference). */
const separatedSsnPattern = /(?<![\w.-])(\d{3})([- .])(\d{2})\2(\d{4})(?![\w-]|\.\d)/g;
/** Nine bare digits count only next to an SSN context word, since they are as often an id or an amount. */
const bareSsnPattern = /(?<![\w-])(\d{3})(\d{2})(\d{4})(?![\w-])/g;
const ssnContextPattern = /\b(?:ssn|ss#|ss no|social|security (?:number|no)|taxpayer|tin|tax id|itin)\b/;

/** Finds US Social Security numbers in an issuable range only (specs/security.md PII-1). */
export function recognizeUsSsn(text: string): PiiMatch[] {
  const matches: PiiMatch[] = [];
  for (const match of text.matchAll(separatedSsnPattern)) {
    const [value, area = '', , group = '', serial = ''] = match;
    if (!isIssuableSsn(area, group, serial)) continue;
    matches.push({ type: 'US_SSN', value, start: match.index, end: match.index + value.length });
  }
  for (const match of text.matchAll(bareSsnPattern)) {
    const [value, area = '', group = '', serial = ''] = match;
    if (!isIssuableSsn(area, group, serial) || !ssnContextPattern.test(textBefore(text, match.index, 40))) continue;
    matches.push({ type: 'US_SSN', value, start: match.index, end: match.index + value.length });
  }
  return matches;
}
