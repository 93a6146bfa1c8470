import { normalizeUntrustedText } from './normalize-untrusted-text.js';

/** The prefix of every canary, so leaked canaries are easy to grep for in logs and alerts. */
const canaryPrefix = 'caio-canary-';

/**
 * Makes a per-deployment canary string for the system prompt (specs/security.md INJ-7).
 * `randomBytes(n)` must return `n` cryptographically random bytes (pass `crypto.randomBytes` or
 * `crypto.getRandomValues`-based code from the composition root); 16 bytes give 128 bits.
 */
export function createCanary(randomBytes: (length: number) => Uint8Array): string {
  return canaryPrefix + Buffer.from(randomBytes(16)).toString('hex');
}

/** Base64 runs long enough to hide the canary (its base64 is ≥ 24 characters). Single class: linear. */
const base64RunPattern = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

/**
 * True when model output leaks the canary: verbatim, as base64/base64url (standard, unpadded, or
 * inside a longer encoded blob), or as hex in either case, after removing invisible characters and
 * whitespace (specs/security.md INJ-7). A leaking output must be blocked and alerted, never sent.
 */
export function containsCanary(output: string, canary: string): boolean {
  const compact = normalizeUntrustedText(output).normalized.replace(/\s+/g, '');
  if (compact.includes(canary)) return true;
  const canaryBytes = Buffer.from(canary, 'utf8');
  const hex = canaryBytes.toString('hex');
  if (compact.toLowerCase().includes(hex)) return true;
  const base64 = canaryBytes.toString('base64').replace(/=+$/, '');
  const base64url = canaryBytes.toString('base64url');
  if (compact.includes(base64) || compact.includes(base64url)) return true;
  for (const match of compact.matchAll(base64RunPattern)) {
    // Decoding at every alignment catches a canary embedded mid-blob, whatever the offset.
    for (let offset = 0; offset < 4; offset += 1) {
      const decoded = Buffer.from(match[0].slice(offset), 'base64').toString('latin1');
      if (decoded.includes(canary)) return true;
    }
  }
  return false;
}
