import type { PiiMatch, PiiType } from './pii-type.js';
import { recognizeApiKey } from './recognize-api-key.js';
import { recognizeCreditCard } from './recognize-credit-card.js';
import { recognizeEmail } from './recognize-email.js';
import { recognizeIban } from './recognize-iban.js';
import { recognizeIpAddress } from './recognize-ip-address.js';
import { recognizePassword } from './recognize-password.js';
import { recognizePhone } from './recognize-phone.js';
import { recognizeUsSsn } from './recognize-us-ssn.js';

/** When two findings overlap, the more specific (checksummed or prefixed) type wins. */
const priorityByType: Readonly<Record<PiiType, number>> = {
  API_KEY: 8,
  IBAN: 7,
  CREDIT_CARD: 6,
  US_SSN: 5,
  PASSWORD: 4,
  EMAIL: 3,
  IP_ADDRESS: 2,
  PHONE: 1,
};

const recognizers: readonly ((text: string) => PiiMatch[])[] = [
  recognizeApiKey,
  recognizeCreditCard,
  recognizeIban,
  recognizeUsSsn,
  recognizePassword,
  recognizeEmail,
  recognizeIpAddress,
  recognizePhone,
];

/**
 * Finds personal data and secrets in `text` (SPEC §12, specs/security.md PII-1): EMAIL, PHONE,
 * US_SSN, CREDIT_CARD (Luhn), IBAN (mod-97), API_KEY, PASSWORD and IP_ADDRESS. Returns
 * non-overlapping findings sorted by `start`; offsets are UTF-16 indices, `end` exclusive. Every
 * pattern is linear-time (PII-4), so untrusted input of any size is safe to scan. Never throws.
 *
 * @example
 * detectPii('Mail jane@example.com') // → [{ type: 'EMAIL', value: 'jane@example.com', start: 5, end: 21 }]
 */
export function detectPii(text: string): { type: PiiType; value: string; start: number; end: number }[] {
  const candidates = recognizers.flatMap((recognize) => recognize(text));
  candidates.sort(
    (left, right) =>
      priorityByType[right.type] - priorityByType[left.type] ||
      right.end - right.start - (left.end - left.start) ||
      left.start - right.start,
  );
  // A per-character occupancy map keeps overlap checks linear in the matched length, even for
  // adversarial input with thousands of findings (PII-4).
  const occupied = new Uint8Array(text.length);
  const accepted: PiiMatch[] = [];
  for (const candidate of candidates) {
    if (occupied.subarray(candidate.start, candidate.end).includes(1)) continue;
    occupied.fill(1, candidate.start, candidate.end);
    accepted.push(candidate);
  }
  return accepted.sort((left, right) => left.start - right.start);
}
