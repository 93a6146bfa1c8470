import { CaioError } from '../../domain/errors.js';
import type { OutgoingEmail } from '../../ports/email-sender.js';
import { assertSingleLine } from '../mime/assert-single-line.js';

/**
 * INJ-8 (specs/security.md): refuses an email whose header values (From, each To, Subject,
 * Message-ID, extra headers and their names) contain CR, LF or NUL, so no value can smuggle a
 * `Bcc:` or a second message into the SMTP session. Also refuses an email without recipients.
 *
 * @throws CaioError `input_invalid` naming the header.
 */
export function assertEmailHeaders(email: OutgoingEmail): void {
  if (email.to.length === 0) {
    throw new CaioError('input_invalid', 'An email needs at least one recipient in `to`.', {
      details: { field: 'to' },
    });
  }
  assertSingleLine('From', email.from);
  for (const recipient of email.to) assertSingleLine('To', recipient);
  assertSingleLine('Subject', email.subject);
  if (email.messageId !== undefined) assertSingleLine('Message-ID', email.messageId);
  for (const [name, value] of Object.entries(email.headers ?? {})) {
    assertSingleLine('header name', name);
    assertSingleLine(name, value);
  }
}
