import { ibanLengthFor, isValidIban } from './iban-checksum.js';
import type { PiiMatch } from './pii-type.js';

/**
 * Country code, check digits, then 11–30 letters or digits, each optionally preceded by one space
 * (the printed 4-character grouping). Each repetition consumes exactly one character, so there is
 * nothing to backtrack into (linear, PII-4).
 */
const ibanCandidatePattern = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}/g;

/**
 * Finds IBANs: registered country length and a valid ISO 7064 mod-97 check (specs/security.md
 * PII-1). A greedy candidate may run into the next word, so exactly the country's length of
 * characters is taken and must end at a word boundary.
 */
export function recognizeIban(text: string): PiiMatch[] {
  const matches: PiiMatch[] = [];
  ibanCandidatePattern.lastIndex = 0;
  let candidate: RegExpExecArray | null;
  while ((candidate = ibanCandidatePattern.exec(text)) !== null) {
    const start = candidate.index;
    const expectedLength = ibanLengthFor(candidate[0].slice(0, 2).toUpperCase());
    let end = start;
    let compact = '';
    if (expectedLength !== undefined) {
      for (const character of candidate[0]) {
        if (compact.length === expectedLength) break;
        end += 1;
        if (character !== ' ') compact += character.toUpperCase();
      }
    }
    const nextCharacter = text[end] ?? ' ';
    if (compact.length === expectedLength && !/[A-Za-z0-9]/.test(nextCharacter) && isValidIban(compact)) {
      matches.push({ type: 'IBAN', value: text.slice(start, end), start, end });
      ibanCandidatePattern.lastIndex = end;
    } else {
      // Retry from the next character so an IBAN right after a false candidate is still found.
      ibanCandidatePattern.lastIndex = start + 1;
    }
  }
  return matches;
}
