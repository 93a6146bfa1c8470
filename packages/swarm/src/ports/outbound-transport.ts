/**
 * One approved message on its way out, as a transport receives it from the send worker. The email
 * fields come from the outbox row (ARCHITECTURE.md "Outbox = thread ledger"); `raw` is the complete
 * RFC 5322 source with CRLF line endings, already carrying our Message-ID, both List-Unsubscribe
 * headers (EM-2) and, on follow-ups, In-Reply-To/References.
 */
export interface OutboundMessage {
  /** The outbox row id. */
  outboxId: string;
  /** Idempotency key per (lead, step, channel), e.g. `send:<leadId>:1:email`. */
  idempotencyKey: string;
  channel: 'email' | 'linkedin';
  /** Our Message-ID, `<id@sending-domain>`; transports that can set it must send exactly this one. */
  messageId: string;
  /** The sending mailbox (email) or sending account id (LinkedIn) the send policy reserved. */
  from: string;
  /** The recipient address (email) or profile URL (LinkedIn). */
  to: string;
  subject: string;
  /** Plain-text body (what LinkedIn and vendor APIs take). */
  text: string;
  /** RFC 5322 source; SMTP sends it byte for byte (DKIM-signed when configured). */
  raw: string;
  /** Sequence step, 1 = first touch (SPEC §5). */
  sequenceStep: number;
  inReplyTo: string | null;
  references: readonly string[];
  /** The lead's fields vendor APIs need to create or upsert a contact. */
  lead: {
    id: string;
    email: string | null;
    firstName: string | null;
    lastName: string | null;
    companyName: string | null;
    linkedinUrl: string | null;
  };
}

/** What the vendor accepted: its own id for the message, when it reports one (stored as `wireMessageId`). */
export interface TransportReceipt {
  wireMessageId: string | null;
}

/**
 * The answer to "did this message leave?" after an ambiguous failure (a timeout after the request
 * may have reached the vendor). `unknown` means the vendor cannot say; the worker then never
 * retries (at-most-once wins over delivery) and records the send for a human to check.
 */
export type ReconcileVerdict =
  | { status: 'delivered'; wireMessageId: string | null }
  | { status: 'not_delivered' }
  | { status: 'unknown'; reason: string };

/**
 * A way out for approved messages (SMTP, Instantly, GoHighLevel, HeyReach). Implementations:
 * - send at most once per call and never retry on their own (RES-3: sends are not idempotent);
 * - throw `CaioError` on failure, with a code the worker maps to a job signal:
 *   `input_invalid` / `permission_denied` / non-retryable `vendor_error` → never retry;
 *   `rate_limited` with `retryAfterMs` → retry after (capped by the worker);
 *   retryable `vendor_error` → transient (the request provably did not leave, e.g. connection refused);
 *   `timeout`, or any error with `details.outcomeUnknown === true` → ambiguous: the worker calls
 *   {@link OutboundTransport.reconcile} before any retry;
 *   `circuit_open` → transient, after the breaker's cool-down.
 */
export interface OutboundTransport {
  /** Stable platform name used in config, audit and the send ledger, e.g. `smtp`, `instantly`. */
  readonly platform: string;
  readonly channel: 'email' | 'linkedin';
  deliver(message: OutboundMessage, signal?: AbortSignal): Promise<TransportReceipt>;
  /** Asks the vendor whether `message` left after an ambiguous failure. Must not send anything. */
  reconcile(message: OutboundMessage): Promise<ReconcileVerdict>;
  /**
   * Emergency stop (RES-5): pauses everything queued on the vendor's side (e.g. Instantly campaigns).
   * Returns how many vendor objects were paused. Transports without a vendor-side queue omit it.
   */
  pauseAll?(): Promise<{ paused: number }>;
}
