/** One mailbox from an address header. `address` is lower-cased; `name` is the decoded display name or ''. */
export interface EmailAddress {
  name: string;
  address: string;
}

/**
 * A non-body MIME part kept for later stages: returned originals (`message/rfc822`, `text/rfc822-headers`),
 * DSN fields (`message/delivery-status`, `message/global-delivery-status`), ARF reports and files.
 */
export interface EmailAttachment {
  contentType: string;
  filename: string | null;
  /** Decoded part content (transfer encoding removed, charset untouched). */
  content: Buffer;
}

/**
 * A parsed inbound message (threading spec §8 `ParsedEmail`), independent of the MIME library used.
 * Ids keep their angle brackets; `headers` keys are lower-cased names mapping to every raw (unfolded,
 * undecoded) value in order. `text` is the chosen plain body (spec §2.1): the `text/plain` part when it is
 * non-blank and not a placeholder, else text derived from `html` (then `textFromHtml` is true).
 */
export interface ParsedEmail {
  messageId: string | null;
  inReplyTo: string | null;
  /** `References` ids, oldest first, deduplicated, without this message's own id. */
  references: string[];
  subject: string;
  /** RFC 5256 base subject (spec §3.2), for display and matching; see `subjectMatchKey` for matching. */
  baseSubject: string;
  from: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  date: Date | null;
  headers: Map<string, string[]>;
  text: string | null;
  html: string | null;
  textFromHtml: boolean;
  attachments: EmailAttachment[];
  /** Top-level `Content-Type` value without parameters, lower-cased (e.g. `multipart/report`). */
  contentType: string;
  /** The `report-type` parameter of a `multipart/report`, lower-cased, else null (RFC 6522). */
  reportType: string | null;
  /** The raw message decoded byte-for-byte as latin1 (for scanning returned originals in plain bounces). */
  source: string;
  /** Problems met while parsing: `charsetWarning: …`, `malformedMessageId: …`, `truncated: …`. */
  warnings: string[];
}
