import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { CaioError } from '../../domain/errors.js';
import { isTrackableUrl, trackingPayloadSchema, type TrackingClaims } from './tracking-claims.js';

/**
 * Tracking tokens for `/t/o/{token}` and `/t/c/{token}` (SPEC §4), in the style of the unsubscribe
 * token (`compliance/unsubscribe-token.ts`):
 *
 *   payload = UTF-8 JSON `{"o":outboxId,"k":"o"|"c","u":url?}`
 *   tag     = HMAC-SHA256(macKey, version ‖ payload)                  (32 bytes)
 *   token   = base64url(version ‖ tag ‖ payload)
 *
 * `macKey` is derived from the secret with HKDF-SHA256 under its own label, so the deployment's
 * unsubscribe secret can be reused without a tracking token ever verifying as anything else. The
 * payload is signed, not encrypted: it carries an outbox id and a URL that is already in the email,
 * never the recipient's address. Tokens do not expire — links in a sent email must keep working.
 */
const version = 1;
const headerLength = 1 + 32;
const minimumSecretBytes = 16;
/** Longest token accepted before any work is done (bounds CPU per forged request). */
const maximumTokenLength = 4096;

/** The result of {@link verifyTrackingToken}: the claims, or why the token is refused. */
export type TrackingTokenCheck =
  { valid: true; claims: TrackingClaims } | { valid: false; reason: 'malformed' | 'bad_signature' };

const keyCache = new Map<string, Buffer>();

function macKeyFor(secret: string): Buffer {
  if (Buffer.byteLength(secret) < minimumSecretBytes) {
    throw new CaioError(
      'config_invalid',
      `The tracking secret is shorter than ${minimumSecretBytes} bytes; set a random secret of at least 32 characters.`,
    );
  }
  let key = keyCache.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'caio-swarm', 'tracking-mac-v1', 32));
    if (keyCache.size > 16) keyCache.clear();
    keyCache.set(secret, key);
  }
  return key;
}

function tagFor(key: Buffer, payload: Buffer): Buffer {
  return createHmac('sha256', key).update(Buffer.of(version)).update(payload).digest();
}

/**
 * Signs `claims` into an opaque, URL-safe token (base64url alphabet only).
 *
 * @example createTrackingToken(secret, { outboxId: 'f1c…', kind: 'click', url: 'https://example.com/case' })
 * @throws CaioError `config_invalid` for a secret under 16 bytes; `input_invalid` for an empty outbox id
 *   or a click URL that is not an absolute http(s) URL of at most 2 048 characters without whitespace.
 */
export function createTrackingToken(secret: string, claims: TrackingClaims): string {
  const key = macKeyFor(secret);
  const payload =
    claims.kind === 'click' ? { o: claims.outboxId, k: 'c', u: claims.url } : { o: claims.outboxId, k: 'o' };
  if (claims.kind === 'click' && !isTrackableUrl(claims.url)) {
    throw new CaioError('input_invalid', 'A click-tracking URL must be an absolute http(s) URL without whitespace.');
  }
  if (!trackingPayloadSchema.safeParse(payload).success) {
    throw new CaioError('input_invalid', 'A tracking token needs a non-empty outbox id of at most 200 characters.');
  }
  const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
  return Buffer.concat([Buffer.of(version), tagFor(key, bytes), bytes]).toString('base64url');
}

/**
 * Verifies a token and returns its claims. Never throws for a bad token (forged, truncated,
 * re-signed with another secret, or an unsubscribe token): it returns `{ valid: false }` and the
 * route answers 404. The tag is compared in constant time before the payload is parsed.
 *
 * @throws CaioError `config_invalid` only for a secret under 16 bytes.
 */
export function verifyTrackingToken(secret: string, token: string): TrackingTokenCheck {
  const key = macKeyFor(secret);
  if (token.length > maximumTokenLength || !/^[A-Za-z0-9_-]+$/.test(token))
    return { valid: false, reason: 'malformed' };
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length <= headerLength || bytes[0] !== version) return { valid: false, reason: 'malformed' };
  const payload = bytes.subarray(headerLength);
  if (!timingSafeEqual(tagFor(key, payload), bytes.subarray(1, headerLength))) {
    return { valid: false, reason: 'bad_signature' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload.toString('utf8'));
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  const checked = trackingPayloadSchema.safeParse(parsed);
  if (!checked.success) return { valid: false, reason: 'malformed' };
  const data = checked.data;
  return {
    valid: true,
    claims: data.k === 'c' ? { outboxId: data.o, kind: 'click', url: data.u } : { outboxId: data.o, kind: 'open' },
  };
}
