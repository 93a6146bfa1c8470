/** An address with an optional display name, as it appears in From/To/Reply-To. */
export interface MailboxAddress {
  name?: string;
  address: string;
}

/**
 * What goes into one outbound RFC 5322 message. Every header value must be a single line: a value
 * containing CR or LF is rejected (INJ-8 of `specs/security.md`).
 */
export interface RenderMessageInput {
  /** The verified sending identity (EM-1: honest From). */
  from: MailboxAddress;
  to: MailboxAddress | string;
  replyTo?: MailboxAddress | string;
  subject: string;
  /** Plain-text body, already including signature, booking link and CAN-SPAM footer. */
  text: string;
  /**
   * Optional HTML alternative (multipart/alternative). Only open tracking adds one: it carries the
   * same text and a 1×1 pixel (`outbound/tracking`).
   */
  html?: string;
  /** Our canonical Message-ID in angle brackets, `<id@sending-domain>` (see `createMessageId`). */
  messageId: string;
  inReplyTo?: string;
  references?: readonly string[];
  /** `https://…/u/{token}`; emitted in `List-Unsubscribe` with `List-Unsubscribe-Post` (EM-2, RFC 8058). */
  listUnsubscribeUrl: string;
  /** Optional `mailto:` opt-out address, emitted as the second `List-Unsubscribe` entry. */
  listUnsubscribeMailto?: string;
  /** The Date header (an instant; rendered in UTC). */
  date: Date;
  /** Extra headers (e.g. `X-Caio-Lead`); names and values must be single-line. */
  headers?: Readonly<Record<string, string>>;
  /**
   * An iCalendar object (RFC 5545) sent as the invite part: `text/calendar; method=REQUEST|CANCEL`
   * alongside the text (RFC 6047 iMIP), so mail clients offer accept/decline.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/** The rendered message: full RFC 5322 source (CRLF line endings) and the Message-ID it carries. */
export interface RenderedMessage {
  raw: string;
  messageId: string;
}

/** Renders a message to RFC 5322 source for the outbox (ARCHITECTURE.md "Outbox = thread ledger"). */
export interface MessageRenderer {
  /** Throws `CaioError('input_invalid')` on a header value with CR/LF or a malformed address/URL. */
  render(input: RenderMessageInput): Promise<RenderedMessage>;
}
