/**
 * One plain-text email to send. Every header value (`from`, each `to`, `subject`, `messageId`,
 * `headers`) must be a single line: implementations refuse CR/LF (INJ-8). `messageId` is the full
 * `<id@domain>` form; when absent the transport generates one.
 */
export interface OutgoingEmail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  messageId?: string;
  headers?: Readonly<Record<string, string>>;
}

/** What the mail server took: the Message-ID sent, and the recipients it accepted and rejected. */
export interface EmailSendReceipt {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

/**
 * Sends email — today approval escalation level 3 (SPEC §3.6); the outbound issue extends it
 * (DKIM, List-Unsubscribe). Implementations send at most once (never retried automatically,
 * RES-3) and throw `CaioError` on refusal or transport failure, never an empty receipt:
 * `input_invalid` (header injection), `vendor_error` (retryable for connection failures and 4xx
 * replies, not for 5xx), `timeout`, `circuit_open`.
 */
export interface EmailSender {
  send(email: OutgoingEmail, signal?: AbortSignal): Promise<EmailSendReceipt>;
}
