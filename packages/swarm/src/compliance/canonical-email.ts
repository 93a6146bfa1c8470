import { CaioError } from '../domain/errors.js';

/** A plausible address: one `@`, something on each side, no whitespace or angle brackets. */
const addressPattern = /^[^\s@<>]+@[^\s@<>]+$/;

/**
 * The canonical form the suppression list and `leads.email_key` use: trimmed and lower-cased.
 * @throws CaioError `input_invalid` when `address` is not an email address.
 */
export function canonicalEmail(address: string): string {
  const canonical = address.trim().toLowerCase();
  if (!addressPattern.test(canonical) || canonical.length > 320) {
    throw new CaioError('input_invalid', 'Give a single email address such as jane@example.com.');
  }
  return canonical;
}
