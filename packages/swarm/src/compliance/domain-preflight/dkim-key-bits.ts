import { createPublicKey } from 'node:crypto';

/**
 * The size in bits of a DKIM public key: the `p=` value (base64 SubjectPublicKeyInfo, RFC 6376
 * §3.6.1) decoded and read by `node:crypto`. Ed25519 keys (RFC 8463) report 256. Null when the value
 * is not a readable public key.
 */
export function dkimKeyBits(publicKeyBase64: string, keyType: string): number | null {
  const der = Buffer.from(publicKeyBase64.replace(/\s+/g, ''), 'base64');
  if (keyType === 'ed25519') return der.length === 32 ? 256 : null;
  try {
    const key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    return key.asymmetricKeyDetails?.modulusLength ?? null;
  } catch {
    return null;
  }
}
