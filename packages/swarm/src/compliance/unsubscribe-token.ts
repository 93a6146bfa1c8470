import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { CaioError } from '../domain/errors.js';

/**
 * Unsubscribe tokens (ARCHITECTURE.md "Unsubscribe links", EM-3 of specs/security.md).
 *
 * Design — deterministic authenticated encryption, SIV-style, so the token is self-contained (no
 * lookup table needed, links keep working after restarts and for as long as the secret lives) and
 * carries no raw address:
 *
 *   tag   = HMAC-SHA256(macKey, version ‖ issuedAt ‖ recipient ‖ 0x00 ‖ list)      (32 bytes)
 *   body  = AES-256-CTR(encKey, iv = tag[0..16], recipient ‖ 0x00 ‖ list)
 *   token = base64url(version ‖ issuedAt ‖ tag ‖ body)
 *
 * `version` is one byte (1), `issuedAt` 4 bytes big-endian Unix seconds. `encKey` and `macKey` are
 * derived from the secret with HKDF-SHA256 under separate labels. Verification decrypts, recomputes
 * the HMAC over the recovered recipient and list, and compares in constant time, so any tampering
 * (with the address, the list, the time or the tag) fails. The recipient is normalised (trimmed,
 * lower-cased) before binding. Tokens do not expire: EM-3 asks ≥ 365 days and SPEC §15 honours opt-outs
 * forever; `issuedAt` is kept for audit and optional policy.
 */
const version = 1;
const headerLength = 1 + 4 + 32;
const minimumSecretBytes = 16;

/** A verified token: who opted out of which list, and when the link was made. */
export type UnsubscribeTokenCheck =
  | { valid: true; recipient: string; list: string; issuedAt: Date }
  | { valid: false; reason: 'malformed' | 'bad_signature' };

interface TokenKeys {
  encKey: Buffer;
  macKey: Buffer;
}

const keyCache = new Map<string, TokenKeys>();

function keysFor(secret: string): TokenKeys {
  if (Buffer.byteLength(secret) < minimumSecretBytes) {
    throw new CaioError(
      'config_invalid',
      `The unsubscribe secret is shorter than ${minimumSecretBytes} bytes; set a random secret of at least 32 characters.`,
    );
  }
  let keys = keyCache.get(secret);
  if (!keys) {
    const derive = (label: string) => Buffer.from(hkdfSync('sha256', secret, 'caio-swarm', label, 32));
    keys = { encKey: derive('unsubscribe-enc-v1'), macKey: derive('unsubscribe-mac-v1') };
    if (keyCache.size > 16) keyCache.clear();
    keyCache.set(secret, keys);
  }
  return keys;
}

function tagFor(keys: TokenKeys, issuedAtSeconds: Buffer, plaintext: Buffer): Buffer {
  return createHmac('sha256', keys.macKey)
    .update(Buffer.of(version))
    .update(issuedAtSeconds)
    .update(plaintext)
    .digest();
}

/**
 * Creates the opaque token for `recipient` on `list` (e.g. `cold-outreach`).
 * `options.issuedAt` defaults to the current time — pass it from a clock in slice code.
 *
 * @throws CaioError `config_invalid` for a secret under 16 bytes; `input_invalid` for an empty recipient
 *   or list, or a list containing a NUL character.
 */
export function createUnsubscribeToken(
  secret: string,
  recipient: string,
  list: string,
  options: { issuedAt?: Date } = {},
): string {
  const keys = keysFor(secret);
  const address = recipient.trim().toLowerCase();
  if (!address || !list || list.includes('\u0000')) {
    throw new CaioError(
      'input_invalid',
      'An unsubscribe token needs a recipient address and a list name without NUL characters.',
    );
  }
  const issuedAt = Buffer.alloc(4);
  issuedAt.writeUInt32BE(Math.floor((options.issuedAt ?? new Date()).getTime() / 1000));
  const plaintext = Buffer.from(`${address}\u0000${list}`, 'utf8');
  const tag = tagFor(keys, issuedAt, plaintext);
  const cipher = createCipheriv('aes-256-ctr', keys.encKey, tag.subarray(0, 16));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(version), issuedAt, tag, body]).toString('base64url');
}

/**
 * Verifies a token and recovers the recipient and list. Never throws for a bad token; returns
 * `{ valid: false }` with a reason instead (the endpoint shows the same page either way).
 *
 * @throws CaioError `config_invalid` only for a secret under 16 bytes.
 */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeTokenCheck {
  const keys = keysFor(secret);
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return { valid: false, reason: 'malformed' };
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length <= headerLength + 2 || bytes[0] !== version) return { valid: false, reason: 'malformed' };
  const issuedAt = bytes.subarray(1, 5);
  const tag = bytes.subarray(5, headerLength);
  const decipher = createDecipheriv('aes-256-ctr', keys.encKey, tag.subarray(0, 16));
  const plaintext = Buffer.concat([decipher.update(bytes.subarray(headerLength)), decipher.final()]);
  if (!timingSafeEqual(tagFor(keys, issuedAt, plaintext), tag)) return { valid: false, reason: 'bad_signature' };
  const text = plaintext.toString('utf8');
  const separator = text.indexOf('\u0000');
  if (separator <= 0) return { valid: false, reason: 'malformed' };
  return {
    valid: true,
    recipient: text.slice(0, separator),
    list: text.slice(separator + 1),
    issuedAt: new Date(issuedAt.readUInt32BE() * 1000),
  };
}

/**
 * The public unsubscribe link `{baseUrl}/u/{token}` (ARCHITECTURE.md). A trailing slash on the base
 * is dropped; the token is base64url and needs no escaping.
 */
export function unsubscribeUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/u/${token}`;
}
