import type { PiiMatch } from './pii-type.js';
import { textBefore } from './pii-context.js';

/**
 * A phone-shaped run: optional `+`, optional `(area)`, then digits, `()` `.` `-` and single spaces
 * that are followed by a digit or `(`. Each repetition consumes one character chosen by that
 * character alone, and a match never fails once started, so a scan is linear (PII-4).
 */
const phoneRunPattern = /(?<![\w+@/.-])(?:\+ ?)?(?:\(\d{1,5}\) ?)?\d(?:[\d().-]| (?=[\d(]))*/g;
const extensionPattern = /^[ \t]*(?:,[ \t]*)?(?:ext\.?|extension|x|#)[ \t]*(\d{1,6})(?!\d)/i;

/** Words right before a number that make it an identifier, not a phone (order numbers, tickets…). */
const identifierContextPattern =
  /(?:\b(?:order|invoice|inv|ref|reference|ticket|case|tracking|po|p\.o\.|account|acct|serial|sku|part|confirmation|booking|reservation|transaction|txn|shipment|id|iban|ssn|zip|version|v|build|release)\b[^\n\d]{0,12}|#\s*)$/;
/** Words that make an unseparated 10/11-digit run a phone number. */
const phoneContextPattern =
  /\b(?:phone|tel|telephone|mobile|cell|call|fax|whatsapp|sms|text me|reach me|number|ph|mob|direct|landline)\b/;

/** Longest run we try as one number before splitting it at spaces. */
const maximumWholeRunLength = 32;

function countOf(text: string, character: string): number {
  return text.split(character).length - 1;
}

function digitGroups(candidate: string): number[] {
  return (candidate.match(/\d+/g) ?? []).map((group) => group.length);
}

/**
 * Shape rules per numbering plan (specs/security.md PII-1: shape, not allocation, so fictional 555
 * numbers match): E.164 `+` and 8–15 digits; NANP 3-3-4 with optional leading 1; UK trunk `0` plus
 * 9–10 digits. Unseparated runs need a phone context word, dates and IPv4 shapes never match.
 */
function isPhoneShaped(candidate: string, hasPhoneContext: () => boolean): boolean {
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}/.test(candidate) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(candidate)) return false;
  if (/[.-]{2}|\(\(|\)\)/.test(candidate) || (candidate.match(/\(/g) ?? []).length > 2) return false;
  const groups = digitGroups(candidate);
  const digitCount = groups.reduce((sum, length) => sum + length, 0);
  const unseparated = groups.length === 1;
  if (candidate.startsWith('+')) {
    return digitCount >= 8 && digitCount <= 15 && groups.every((length) => length <= 15);
  }
  // "00" is the international call prefix outside North America: 00 + E.164.
  if (/^00[1-9]/.test(candidate) && !unseparated) return digitCount >= 10 && digitCount <= 17;
  const shape = groups.join('-');
  const startsWithTrunkZero = /^\(?0/.test(candidate);
  if (startsWithTrunkZero) {
    if (digitCount < 10 || digitCount > 11) return false;
    if (unseparated) return true;
    return groups.slice(1).every((length) => length >= 3) && (groups[0] ?? 0) >= 2 && (groups[0] ?? 0) <= 6;
  }
  if (digitCount === 10 || (digitCount === 11 && candidate.startsWith('1'))) {
    if (unseparated) return hasPhoneContext();
    return shape === '3-3-4' || shape === '1-3-3-4' || shape === '3-7' || shape === '1-3-7';
  }
  // A 7-digit local number (555-0123) is a phone only next to a phone word.
  if (digitCount === 7 && shape === '3-4') return hasPhoneContext();
  return false;
}

/**
 * Finds phone numbers (NANP, UK, E.164) with an optional extension (`x204`, `ext. 204`), matched on
 * shape so fictional ranges still count (specs/security.md PII-1). Order numbers, ticket ids and
 * dates do not match: an identifier word right before the number rules it out.
 */
export function recognizePhone(text: string): PiiMatch[] {
  const matches: PiiMatch[] = [];
  const accept = (start: number, rawEnd: number): void => {
    let end = rawEnd;
    // A closing parenthesis that opens nowhere in the number belongs to the sentence: "(call 555-010-4477)".
    while (text[end - 1] === ')' && countOf(text.slice(start, end), '(') < countOf(text.slice(start, end), ')'))
      end -= 1;
    const before = textBefore(text, start, 30);
    if (!isPhoneShaped(text.slice(start, end).replace(/[ .(-]+$/, ''), () => phoneContextPattern.test(before))) return;
    if (identifierContextPattern.test(before)) return;
    const extension = extensionPattern.exec(text.slice(end, end + 24));
    const fullEnd = extension === null ? end : end + extension[0].length;
    matches.push({ type: 'PHONE', value: text.slice(start, fullEnd), start, end: fullEnd });
  };
  const tryCandidate = (start: number, end: number): boolean => {
    const before = matches.length;
    accept(start, end);
    return matches.length > before;
  };

  for (const run of text.matchAll(phoneRunPattern)) {
    const runText = run[0].replace(/[ .(-]+$/, '');
    const runStart = run.index;
    const after = text.slice(runStart + run[0].length, runStart + run[0].length + 2);
    // A run glued to more digits after a dot or dash (a decimal, a version) is not a phone.
    if (/^[.-]\d/.test(after)) continue;
    const trimmedSeparators = runText.length < run[0].length;
    if (
      !trimmedSeparators &&
      /^\w/.test(after) &&
      !extensionPattern.test(text.slice(runStart + runText.length, runStart + runText.length + 24))
    ) {
      continue;
    }
    if (runText.length <= maximumWholeRunLength && tryCandidate(runStart, runStart + runText.length)) continue;
    // Several numbers separated by single spaces: try windows of up to six space-separated parts.
    const parts = [...runText.matchAll(/\S+/g)].map((part) => ({
      start: runStart + part.index,
      end: runStart + part.index + part[0].length,
      digits: part[0].replace(/\D/g, '').length,
    }));
    let first = 0;
    while (first < parts.length) {
      let accepted = false;
      for (let last = Math.min(parts.length - 1, first + 5); last >= first; last -= 1) {
        const start = parts[first]?.start ?? 0;
        const end = parts[last]?.end ?? 0;
        if (end - start > maximumWholeRunLength) continue;
        if (first === 0 && last === parts.length - 1) continue;
        // Cheap pre-check before any regex: a phone has 7 to 17 digits.
        const digitCount = parts.slice(first, last + 1).reduce((sum, part) => sum + part.digits, 0);
        if (digitCount < 7 || digitCount > 17) continue;
        const leading = text[start];
        if (
          leading !== '+' &&
          leading !== '0' &&
          leading !== '(' &&
          leading !== '1' &&
          digitCount !== 7 &&
          digitCount !== 10
        )
          continue;
        if (tryCandidate(start, end)) {
          first = last + 1;
          accepted = true;
          break;
        }
      }
      if (!accepted) first += 1;
    }
  }
  return matches;
}
