/** The raw inbound request a verifier needs: headers (any case) and the body bytes exactly as received (WH-1). */
export interface WebhookRequest {
  headers: Record<string, string>;
  /** The raw body. Any `Uint8Array` works; a Node `Buffer` is one but is never required. */
  body: Uint8Array;
}

/**
 * Why a verifier refused a request. Routes answer `replay` with 200 `{"duplicate": true}` and no
 * effect, `payload_too_large` with 413, `secret_misconfigured` with 503 (WH-5), and everything else with 401.
 */
export type WebhookRejectionReason =
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'invalid_signature'
  | 'payload_too_large'
  | 'secret_misconfigured'
  | 'replay';

/** A refusal; `reason` is a stable code that is safe to log (no body, no secret — WH-8). */
export interface WebhookRejection {
  ok: false;
  reason: WebhookRejectionReason;
}

/** Default timestamp tolerance in seconds, inclusive on both sides (specs/security.md WH-2). */
export const defaultToleranceSeconds = 300;

/** Minimum replay-cache time to live in seconds (specs/security.md WH-4). */
export const minimumReplayTtlSeconds = 600;

/** Largest accepted body in bytes, 1 MiB (specs/security.md WH-1); larger bodies are refused before hashing. */
export const maximumBodyBytes = 1024 * 1024;

/** At most two active secrets per source, so a rotation never drops events (specs/security.md WH-6). */
export const maximumActiveSecrets = 2;
