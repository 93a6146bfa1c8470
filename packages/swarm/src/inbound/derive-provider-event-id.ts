import { createHash } from 'node:crypto';

/**
 * A stable id for a vendor event that carries none (Instantly, HeyReach and RB2B document no
 * event id): the SHA-256 hex of the identifying fields joined by a unit separator, prefixed with
 * `derived:`. Retries of the same event carry the same fields, so they share the id (WH-4 dedupe);
 * missing fields count as empty strings.
 */
export function deriveProviderEventId(fields: readonly (string | number | undefined | null)[]): string {
  const joined = fields.map((field) => (field === undefined || field === null ? '' : String(field))).join('\u001f');
  return `derived:${createHash('sha256').update(joined).digest('hex')}`;
}
