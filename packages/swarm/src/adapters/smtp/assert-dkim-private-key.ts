import { createPrivateKey } from 'node:crypto';
import { CaioError } from '../../domain/errors.js';

/** Smallest RSA key accepted for DKIM signing: 2048 bits (EM-5, specs/security.md; RFC 8301 §3.2). */
export const minimumDkimKeyBits = 2048;

/**
 * Checks the DKIM private key at start-up: a PEM RSA private key of at least 2048 bits (EM-5).
 * nodemailer signs `rsa-sha256` only, so other key types are refused here rather than at the first
 * send. Never includes the key in the error.
 *
 * @throws CaioError `config_invalid` naming `dkim.privateKeyFile` / `CAIO_DKIM_PRIVATE_KEY`.
 */
export function assertDkimPrivateKey(privateKeyPem: string): void {
  let details: { type: string | undefined; bits: number | undefined };
  try {
    const key = createPrivateKey(privateKeyPem);
    details = { type: key.asymmetricKeyType, bits: key.asymmetricKeyDetails?.modulusLength };
  } catch (error) {
    throw new CaioError(
      'config_invalid',
      'The DKIM private key is not a PEM private key; check dkim.privateKeyFile or CAIO_DKIM_PRIVATE_KEY.',
      { cause: error },
    );
  }
  if (details.type !== 'rsa' || (details.bits ?? 0) < minimumDkimKeyBits) {
    throw new CaioError(
      'config_invalid',
      `The DKIM key must be RSA with at least ${minimumDkimKeyBits} bits (EM-5), got ${details.type ?? 'unknown'} ${details.bits ?? '?'} bits; generate one with \`openssl genrsa 2048\`.`,
    );
  }
}
