import { CaioError } from '../../domain/errors.js';

/**
 * INJ-8 (specs/security.md): a value that becomes an email header must not contain CR or LF, or it
 * could smuggle extra headers (`Bcc:`) into the message. NUL is refused for the same reason.
 *
 * @throws CaioError `input_invalid` naming the header.
 */
export function assertSingleLine(header: string, value: string): void {
  if (value.includes('\r') || value.includes('\n') || value.includes('\u0000')) {
    throw new CaioError(
      'input_invalid',
      `Header ${header} contains a line break (CR/LF), which could inject headers; remove line breaks from the value.`,
      { details: { header } },
    );
  }
}
