/** One SMS to send. `to` is an E.164 number such as `+15005550006`. */
export interface SmsMessage {
  to: string;
  body: string;
}

/** What the vendor accepted: its message id (Twilio `SM…` sid) and initial status (`queued`, `accepted`…). */
export interface SmsReceipt {
  id: string;
  status: string;
}

/**
 * Sends SMS, used for approval escalation level 2+ (SPEC §3.6). Implementations redact PII from
 * the body before it leaves the process (PII-2), send at most once (never retried automatically,
 * RES-3) and throw `CaioError` on refusal or failure (never an empty result).
 */
export interface SmsSender {
  /** Registry slug, e.g. `twilio`. */
  readonly slug: string;
  send(message: SmsMessage, signal?: AbortSignal): Promise<SmsReceipt>;
}
