import { classifyVendorFailure } from '../http/classify-vendor-failure.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { parseRetryAfterMs } from '../http/parse-retry-after.js';
import { instantlyHttpError } from './instantly-error-mapper.js';

/** One JSON request to the Instantly API v2. */
export interface InstantlyJsonRequest {
  fetch: FetchLike;
  /** `GET` or `POST`. */
  method: 'GET' | 'POST';
  /** Full URL, e.g. `https://api.instantly.ai/api/v2/leads/list`. */
  url: string;
  apiKey: string;
  /** JSON body; omitted for GET and for bodiless POSTs (activate/pause), which then send no content type. */
  body?: unknown;
  signal: AbortSignal;
  /** Epoch ms now, for HTTP-date `Retry-After` values. */
  nowMs: number;
}

/**
 * Sends one request with `Authorization: Bearer <key>` (Instantly API v2 auth) and returns the
 * parsed JSON of a 2xx answer. Non-2xx → {@link instantlyHttpError}; socket, abort and
 * malformed-JSON failures → `classifyVendorFailure` (timeout / `vendor_error`).
 */
export async function requestInstantlyJson(request: InstantlyJsonRequest): Promise<unknown> {
  let response: Response;
  let text: string;
  try {
    response = await request.fetch(request.url, {
      method: request.method,
      signal: request.signal,
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${request.apiKey}`,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
    text = await response.text();
  } catch (error) {
    throw classifyVendorFailure(error, 'Instantly', request.signal);
  }
  let body: unknown = null;
  try {
    body = text.trim() === '' ? null : JSON.parse(text);
  } catch (error) {
    if (response.ok) throw classifyVendorFailure(error, 'Instantly', request.signal);
  }
  if (response.ok) return body;
  throw instantlyHttpError(
    response.status,
    body,
    parseRetryAfterMs(response.headers.get('retry-after'), request.nowMs),
  );
}
