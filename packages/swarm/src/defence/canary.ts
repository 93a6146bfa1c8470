import { createHmac } from 'node:crypto';
import { CaioError } from '../domain/errors.js';
import { normalizeUntrustedText } from './normalize-untrusted-text.js';

/** The prefix of every canary, so leaked canaries are easy to grep for in logs and alerts. */
const canaryPrefix = 'caio-canary-';

/** Shortest deployment secret a canary may be derived from: 16 bytes = 128 bits (as WH-11). */
const minimumCanarySecretBytes = 16;

/**
 * Makes the per-deployment canary string for system prompts (specs/security.md INJ-7): `caio-canary-`
 * plus 32 hex characters (128 bits).
 * - Given a deployment **secret** (string, ≥ 16 bytes, e.g. the unsubscribe secret), the canary is
 *   HMAC-SHA256(secret, `caio-canary-v1`) — the same in every process and across restarts, and it
 *   reveals nothing about the secret.
 * - Given `randomBytes(n)` (n cryptographically random bytes, e.g. `crypto.randomBytes`), it is random.
 *
 * @throws CaioError `config_invalid` when the secret is shorter than 16 bytes.
 */
export function createCanary(source: string | ((length: number) => Uint8Array)): string {
  if (typeof source !== 'string') return canaryPrefix + Buffer.from(source(16)).toString('hex');
  if (Buffer.byteLength(source, 'utf8') < minimumCanarySecretBytes) {
    throw new CaioError(
      'config_invalid',
      `The canary secret must be at least ${minimumCanarySecretBytes} bytes of random text (specs/security.md INJ-7); pass the deployment secret.`,
    );
  }
  return canaryPrefix + createHmac('sha256', source).update('caio-canary-v1').digest('hex').slice(0, 32);
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

/**
 * The INJ-7 check under the name the LLM pipeline uses: true when `output` leaks `canary` verbatim,
 * as base64/base64url or as hex (see {@link containsCanary}). Block and alert such an output.
 */
export function leaksCanary(output: string, canary: string): boolean {
  return containsCanary(output, canary);
}
