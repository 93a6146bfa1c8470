/**
 * One lead row sent to the user's Clay table (SPEC §3.2 asynchronous Clay enrichment). Clay's table
 * webhook turns each POSTed JSON object into one row; the table's HTTP API column later calls back
 * `/webhooks/clay` with `linkedinUrl`, and the callback is matched by the hash of that URL, which is
 * also sent here as `correlationId` so the Clay table can show and echo it.
 */
export interface ClayEnrichmentRow {
  /** `li_` + SHA-256 of the normalised LinkedIn URL (`linkedinUrlCorrelationId`). */
  correlationId: string;
  linkedinUrl: string;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  companyDomain: string | null;
}

/**
 * Sends enrichment requests to Clay. `send` resolves once Clay accepted the row (2xx) and rejects
 * with a `CaioError`: `permission_denied` (bad token), `rate_limited` (with `retryAfterMs`),
 * retryable `vendor_error` (5xx, connection), `timeout` (maybe delivered) or `circuit_open`.
 */
export interface ClayEnrichmentRequester {
  send(row: ClayEnrichmentRow, signal?: AbortSignal): Promise<void>;
}
