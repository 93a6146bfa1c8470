import { passesLuhn } from './luhn.js';
import type { PiiMatch } from './pii-type.js';

/**
 * A run of digit groups joined by single spaces or dashes. Groups are separated by a character that
 * cannot be a digit, so the pattern cannot backtrack more than one group (linear, PII-4).
 */
const digitRunPattern = /(?<![\w+-])\d{1,19}(?:[ -]\d{1,19})*(?!\w)/g;

/** Issuer prefixes of the major schemes (ISO/IEC 7812 IINs): Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro. */
const issuerPrefixPattern =
  /^(?:4|5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|3(?:0[0-5]|[68])|35(?:2[89]|[3-8]\d)|6(?:011|5|4[4-9]|2)|5[06-9]|6\d)/;

/** Written as 4-digit groups a number reads as a card whatever the scheme (UATP starts with 1); a bare block needs a known IIN. */
const groupedCardPrefixPattern = /^[1-6]/;

interface DigitGroup {
  digits: string;
  start: number;
  end: number;
}

/** Card groupings people write: one block, 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4. */
function isCardGrouping(lengths: number[]): boolean {
  if (lengths.length === 1) return true;
  const key = lengths.join('-');
  if (key === '4-6-5' || key === '4-6-4') return true;
  return (
    lengths.slice(0, -1).every((length) => length === 4) && (lengths.at(-1) ?? 0) >= 1 && (lengths.at(-1) ?? 0) <= 4
  );
}

/** Splits one digit run into groups with their offsets in `text`. */
function groupsOf(run: string, runStart: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  for (const match of run.matchAll(/\d+/g)) {
    groups.push({ digits: match[0], start: runStart + match.index, end: runStart + match.index + match[0].length });
  }
  return groups;
}

/**
 * Finds payment card numbers: 13–19 digits, a known issuer prefix, a plausible grouping and a valid
 * Luhn check (specs/security.md PII-1: 0 Luhn-invalid matches). Within a longer run of digit groups
 * (a card followed by an expiry year, two cards in a row) every window of whole groups is tried.
 */
export function recognizeCreditCard(text: string): PiiMatch[] {
  const matches: PiiMatch[] = [];
  for (const run of text.matchAll(digitRunPattern)) {
    const groups = groupsOf(run[0], run.index);
    let first = 0;
    while (first < groups.length) {
      let found = false;
      // A card starts with a 4-digit group (4-4-4-4, 4-6-5) or is one 13–19 digit block; skip anything else cheaply.
      const firstLength = groups[first]?.digits.length ?? 0;
      if (firstLength !== 4 && (firstLength < 13 || firstLength > 19)) {
        first += 1;
        continue;
      }
      let digits = '';
      const windows: { last: number; digits: string }[] = [];
      for (let last = first; last < groups.length && digits.length < 19; last += 1) {
        digits += groups[last]?.digits ?? '';
        if (digits.length >= 13 && digits.length <= 19) windows.push({ last, digits });
      }
      for (const window of windows.reverse()) {
        const lengths = groups.slice(first, window.last + 1).map((group) => group.digits.length);
        const prefixPattern = lengths.length > 1 ? groupedCardPrefixPattern : issuerPrefixPattern;
        if (!isCardGrouping(lengths) || !prefixPattern.test(window.digits) || !passesLuhn(window.digits)) continue;
        const start = groups[first]?.start ?? 0;
        const end = groups[window.last]?.end ?? 0;
        matches.push({ type: 'CREDIT_CARD', value: text.slice(start, end), start, end });
        first = window.last + 1;
        found = true;
        break;
      }
      if (!found) first += 1;
    }
  }
  return matches;
}
