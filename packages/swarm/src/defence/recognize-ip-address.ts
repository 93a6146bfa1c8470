import { isIPv6 } from 'node:net';
import type { PiiMatch } from './pii-type.js';
import { textBefore } from './pii-context.js';

const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Dotted quad with no fifth part and not glued to a word (so `2.14.3` and `1.2.3.4.5` never match). */
const ipv4Pattern = new RegExp(`(?<![\\w.]|\\w\\.)${octet}(?:\\.${octet}){3}(?!\\.?\\w)`, 'g');
/** Hex groups and colons (≤ 39 characters) with an optional dotted-quad tail; validated by node:net. */
const ipv6CandidatePattern = /(?<![\w:.])[0-9A-Fa-f:]{2,39}(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/g;
/** A version-number context makes a dotted quad a version, not an address. */
const versionContextPattern =
  /(?:\bv|\bversion|\bver\.?|\brelease|\bbuild|\bsdk|\bnode|\bpython|\bchrome|\bfirefox|\bsafari|\bedge|\bwindows|\bmacos|\bios|\bandroid|\bapp|\bupdate|\bupgrade|\bpatch|\bfirmware)\s*:?\s*$/;

/** Finds IPv4 and IPv6 addresses (specs/security.md PII-1); version strings are not addresses. */
export function recognizeIpAddress(text: string): PiiMatch[] {
  const matches: PiiMatch[] = [];
  for (const match of text.matchAll(ipv4Pattern)) {
    if (versionContextPattern.test(textBefore(text, match.index, 16))) continue;
    matches.push({ type: 'IP_ADDRESS', value: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(ipv6CandidatePattern)) {
    const value = match[0];
    // At least two colons and one hex digit: rules out times (12:30:45, not valid IPv6 anyway) and "::" alone.
    if ((value.match(/:/g) ?? []).length < 2 || !/[0-9A-Fa-f]/.test(value) || !isIPv6(value)) continue;
    matches.push({ type: 'IP_ADDRESS', value, start: match.index, end: match.index + value.length });
  }
  return matches;
}
