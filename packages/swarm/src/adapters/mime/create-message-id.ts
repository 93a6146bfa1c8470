import { CaioError } from '../../domain/errors.js';

const idPart = /^[A-Za-z0-9][A-Za-z0-9._+-]{7,127}$/;
const hostname =
  /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/**
 * Our canonical Message-ID, `<{randomId}@{domain}>` (RFC 5322 §3.6.4 msg-id), e.g.
 * `<3f0c…-uuid@mail.example.com>`. `randomId` comes from the caller's random source (a UUID);
 * `domain` is the sending domain, so the id is globally unique and honest about who sent it.
 *
 * @throws CaioError `input_invalid` when `randomId` is not 8–128 characters of `[A-Za-z0-9._+-]` or
 *   `domain` is not a dotted host name.
 */
export function createMessageId(randomId: string, domain: string): string {
  if (!idPart.test(randomId)) {
    throw new CaioError(
      'input_invalid',
      `Message-ID local part "${randomId}" is invalid: use a UUID (8–128 of A-Z a-z 0-9 . _ + -).`,
    );
  }
  if (!hostname.test(domain)) {
    throw new CaioError(
      'input_invalid',
      `Message-ID domain "${domain}" is not a host name: use the sending domain, e.g. mail.example.com.`,
    );
  }
  return `<${randomId}@${domain.toLowerCase()}>`;
}
