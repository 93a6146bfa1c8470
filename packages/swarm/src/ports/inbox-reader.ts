/**
 * Where an inbox poll resumes: the mailbox's UIDVALIDITY and the highest UID already handed out
 * (RFC 9051 §2.3.1.1: UIDs only grow within one UIDVALIDITY; a new UIDVALIDITY invalidates them all).
 * Persist it after the messages of a batch are stored; pass `null` on the first poll.
 */
export interface InboxCursor {
  /** UIDVALIDITY of the mailbox (32-bit unsigned, RFC 9051 §2.3.1.1). */
  uidValidity: number;
  /** Highest UID already returned (or skipped); the next poll reads UIDs above it. 0 = from the start. */
  lastUid: number;
}

/**
 * The raw headers bounce and auto-reply detection needs (threading spec §5–§6; RFC 3834, RFC 3464,
 * RFC 6522), as sent, unfolded and trimmed; `null` / `[]` when absent.
 */
export interface InboundDetectionHeaders {
  /** `Auto-Submitted` (RFC 3834): `no` is an explicit human marker; any other value means automatic. */
  autoSubmitted: string | null;
  /** `X-Autoreply`, `X-Autorespond` or `X-Autoresponder` (hosting panels), first one present. */
  xAutoreply: string | null;
  /** `Precedence` (`bulk`, `list`, `junk`, `auto_reply`). */
  precedence: string | null;
  /** `X-Auto-Response-Suppress` (Exchange). */
  xAutoResponseSuppress: string | null;
  /** `Return-Path`; `<>` on DSNs and some out-of-office notices. */
  returnPath: string | null;
  /** Top-level media type, lower-cased, e.g. `multipart/report`. */
  contentType: string | null;
  /** The `report-type` parameter of a `multipart/report` (RFC 6522), e.g. `delivery-status`. */
  reportType: string | null;
  /** Addresses from `X-Failed-Recipients` (Exim and others), lower-cased. */
  xFailedRecipients: string[];
}

/** One message read from the inbox (SPEC §4 "IMAP mailbox polling"), parsed at the edge. */
export interface InboundEmail {
  /** IMAP UID, unique within the cursor's `uidValidity`. */
  uid: number;
  /** `Message-ID` as `<id@domain>`, or `null` when missing. */
  messageId: string | null;
  /** The first `<msg-id>` of `In-Reply-To` (threading spec §2: old clients append junk). */
  inReplyTo: string | null;
  /** `References` ids, oldest first. */
  references: string[];
  /** Sender address (lower-cased addr-spec) from `From`, or `null`. */
  from: string | null;
  /** Sender display name, or `null`. */
  fromName: string | null;
  /** Recipient addresses from `To`, lower-cased. */
  to: string[];
  subject: string;
  /** `Date` header as an instant (print it in UTC), or `null` when missing or unparseable. */
  date: Date | null;
  /** Plain-text body (derived from the HTML part when there is no text part); attachments excluded. */
  text: string;
  detectionHeaders: InboundDetectionHeaders;
  /** RFC 822 size in bytes as the server reports it. */
  sizeBytes: number;
  /** The full RFC 5322 source, for the threading parser (bounce originals, DSN parts). */
  raw: Buffer;
}

/** A message the reader did not return, with why; the cursor still moves past it. */
export interface SkippedInboundEmail {
  uid: number;
  sizeBytes: number;
  /** `too_large`: over the reader's size cap (default 10 MiB); `unparseable`: MIME parsing failed. */
  reason: 'too_large' | 'unparseable';
}

/** One poll's result: new messages in UID order, the skipped ones, and the cursor to store next. */
export interface InboxFetchResult {
  messages: InboundEmail[];
  skipped: SkippedInboundEmail[];
  cursor: InboxCursor;
  /** True when the mailbox's UIDVALIDITY differed from the cursor's, so reading restarted at UID 1. */
  uidValidityReset: boolean;
  /** True when more new messages wait than one call returns; call again with `cursor`. */
  hasMore: boolean;
}

/**
 * Reads new mail from one mailbox, read-only (no flags change). Implementations throw `CaioError`:
 * `permission_denied` (bad credentials), `config_invalid` (mailbox missing), retryable
 * `vendor_error` (connection), `timeout`, `rate_limited`, `circuit_open`.
 */
export interface InboxReader {
  /** Messages with UID above `cursor.lastUid` (all of them when `cursor` is null or its UIDVALIDITY is stale). */
  fetchSince(cursor: InboxCursor | null, signal?: AbortSignal): Promise<InboxFetchResult>;
}
