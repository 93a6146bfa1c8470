import type { SenderIdentity } from './craft-input.js';
import { footerDelimiter } from './draft-fingerprint.js';

/** The default sign-off when the config sets no `signature`. */
export function defaultSignature(sender: SenderIdentity): string {
  return `Best,\n${sender.name}\n${sender.title}, ${sender.company}`;
}

/**
 * Appends what every draft must carry (SPEC §3.4, EM-1): the booking link (unless the body already
 * shows it), the signature, and the CAN-SPAM footer after {@link footerDelimiter} with the sender's
 * postal address and a plain opt-out sentence with the unsubscribe link. Built in code, not in the
 * user-editable templates, so no template edit can drop them.
 */
export function composeClosing(
  body: string,
  sender: SenderIdentity,
  bookingLink: string,
  unsubscribeUrl: string,
): string {
  const main = body.trimEnd();
  const bookingLine = main.includes(bookingLink) ? '' : `\n\nIf it is easier, pick a time here: ${bookingLink}`;
  const signature = sender.signature?.trim() || defaultSignature(sender);
  const footer =
    `${sender.company}, ${sender.postalAddress}\n` +
    `If you would rather not hear from me again, unsubscribe here: ${unsubscribeUrl}`;
  return `${main}${bookingLine}\n\n${signature}\n${footerDelimiter.slice(1)}${footer}\n`;
}
