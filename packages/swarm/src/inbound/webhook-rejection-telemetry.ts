/**
 * One rejected inbound webhook, as reported to telemetry (specs/security.md WH-8): a stable reason
 * code, the source and the route pattern — never the body, headers, secrets or any PII.
 */
export interface WebhookRejectionTelemetry {
  /** e.g. `invalid_signature`, `timestamp_too_old`, `payload_too_large`, `secret_misconfigured`, `replay`, `invalid_json`. */
  reason: string;
  /** `instantly`, `heyreach`, `rb2b`, `clay`, `standard:<source>`, or `standard` for an unknown source. */
  source: string;
  /** The route pattern, e.g. `POST /webhooks/standard/:source`. */
  route: string;
}
