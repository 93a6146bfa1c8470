import { classifyVendorFailure } from './classify-vendor-failure.js';
import type { FetchLike } from './create-json-http-client.js';

/** A vendor's HTTP answer with its body read as text (any status). */
export interface VendorAnswer {
  response: Response;
  text: string;
}

/**
 * Sends one vendor request and reads the whole body as text, whatever the status. The caller's
 * AbortSignal (from the resilience timeout) is passed to fetch, so a timed-out request is cancelled.
 * Status handling is left to the caller: each vendor maps non-2xx answers its own way.
 *
 * @throws CaioError from `classifyVendorFailure` — `timeout` when `init.signal` aborted, else retryable
 *   `vendor_error` with `details.connection` (socket, DNS, reset while reading the body).
 */
export async function fetchVendorAnswer(
  fetch: FetchLike,
  url: string,
  init: RequestInit & { signal: AbortSignal },
  vendor: string,
): Promise<VendorAnswer> {
  try {
    const response = await fetch(url, init);
    return { response, text: await response.text() };
  } catch (error) {
    throw classifyVendorFailure(error, vendor, init.signal);
  }
}

/**
 * The parsed JSON body of an answer: `null` when empty. A malformed body of a 2xx answer is a vendor
 * failure (we cannot know what happened); a malformed body of a non-2xx answer is `null`, since the
 * status alone decides the error.
 *
 * @throws CaioError `vendor_error` (`details.malformed`) from `classifyVendorFailure` for a malformed 2xx body.
 */
export function vendorJsonBody(answer: VendorAnswer, vendor: string, signal: AbortSignal): unknown {
  if (answer.text.trim() === '') return null;
  try {
    return JSON.parse(answer.text) as unknown;
  } catch (error) {
    if (answer.response.ok) throw classifyVendorFailure(error, vendor, signal);
    return null;
  }
}
