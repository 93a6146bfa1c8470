/** The prefix Standard Webhooks puts before the base64 secret (Standard Webhooks spec v1, "Signature scheme"). */
const secretPrefix = 'whsec_';

const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

/** Strict base64 decode; `undefined` for anything that is not canonical-length base64 of at least one byte. */
function decodeBase64(encoded: string): Uint8Array | undefined {
  if (!base64Pattern.test(encoded) || encoded.replace(/=+$/, '').length % 4 === 1) return undefined;
  const bytes = Buffer.from(encoded, 'base64');
  return bytes.byteLength === 0 ? undefined : new Uint8Array(bytes);
}

/**
 * Turns a Standard Webhooks secret into the HMAC key bytes. `whsec_<base64>` is the spec's form and
 * must decode, or the secret is refused (`undefined` → `secret_misconfigured`, fail closed, WH-5).
 * A bare secret is base64-decoded as the reference libraries do; a bare secret that is not base64
 * at all is used as its UTF-8 bytes, so vendors that hand out raw strings still verify.
 */
export function decodeStandardWebhookSecret(secret: string): Uint8Array | undefined {
  if (secret.startsWith(secretPrefix)) return decodeBase64(secret.slice(secretPrefix.length));
  if (secret.length === 0) return undefined;
  return decodeBase64(secret) ?? new TextEncoder().encode(secret);
}
