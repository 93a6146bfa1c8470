/**
 * The header fields the outbound DKIM signature covers, as nodemailer's colon-separated
 * `headerFieldNames` (RFC 6376 §5.4 recommends From, Subject, Date, Message-ID, To, the threading
 * and MIME headers). EM-2 (specs/security.md) requires `h=` to cover both `List-Unsubscribe` and
 * `List-Unsubscribe-Post` (RFC 8058 §4), so a relay cannot strip or rewrite the one-click opt-out
 * without breaking the signature. Only fields present in the message end up in `h=`.
 */
export const dkimSignedHeaderFields = [
  'From',
  'To',
  'Subject',
  'Date',
  'Message-ID',
  'In-Reply-To',
  'References',
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
  'Reply-To',
  'MIME-Version',
  'Content-Type',
  'Content-Transfer-Encoding',
].join(':');
