/**
 * Deterministic provider event ids (specs/scheduling.md §6.7 step 5): the same host and idempotency key
 * always give the same id, so a retried write is rejected as `ALREADY_EXISTS` instead of duplicated.
 */
import { createHash } from 'node:crypto';

const base32HexAlphabet = '0123456789abcdefghijklmnopqrstuv';

/**
 * A 52-character lower-case base32hex id (RFC 4648 §7) from SHA-256 of host id and idempotency key —
 * valid as a Google Calendar event id (base32hex, 5–1024 chars) and as a CalDAV resource name.
 */
export function providerEventId(hostId: string, idempotencyKey: string): string {
  const digest = createHash('sha256').update(`${hostId}\u0000${idempotencyKey}`).digest();
  let bits = 0;
  let buffer = 0;
  let encoded = '';
  for (const byte of digest) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      encoded += base32HexAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) encoded += base32HexAlphabet[(buffer << (5 - bits)) & 31];
  return encoded;
}
