import { vendorJsonBody, type VendorAnswer } from './fetch-vendor-answer.js';
import { parseRetryAfterMs } from './parse-retry-after.js';

/** A non-2xx vendor answer as the vendors' error mappers read it. */
export interface VendorFailure {
  /** The HTTP status. */
  status: number;
  /** The parsed JSON body, or null when it was empty or not JSON. */
  body: unknown;
  /** Parsed `Retry-After` (delay seconds or HTTP-date, RFC 9110 §10.2.3), in ms; undefined when absent. */
  retryAfterMs: number | undefined;
}

/** A vendor answer read: 2xx with its parsed body, or the failure to hand to the vendor's error mapper. */
export type ParsedVendorAnswer = { ok: true; status: number; body: unknown } | ({ ok: false } & VendorFailure);

/**
 * Reads an answer of `fetchVendorAnswer`: the JSON body (see {@link vendorJsonBody}) and, for a
 * non-2xx status, the `Retry-After` wait. Mapping the failure to a `CaioError` stays with each vendor.
 *
 * @param nowMs epoch ms now (UTC), for HTTP-date `Retry-After` values.
 * @throws CaioError `vendor_error` (`details.malformed`) for a malformed 2xx body.
 */
export function parseVendorAnswer(
  answer: VendorAnswer,
  vendor: string,
  signal: AbortSignal,
  nowMs: number,
): ParsedVendorAnswer {
  const body = vendorJsonBody(answer, vendor, signal);
  const { ok, status, headers } = answer.response;
  if (ok) return { ok, status, body };
  return { ok, status, body, retryAfterMs: parseRetryAfterMs(headers.get('retry-after'), nowMs) };
}
