import type { FetchLike } from '../http/create-json-http-client.js';
import { fetchVendorAnswer } from '../http/fetch-vendor-answer.js';
import { parseVendorAnswer } from '../http/parse-vendor-answer.js';
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
  const answer = await fetchVendorAnswer(
    request.fetch,
    request.url,
    {
      method: request.method,
      signal: request.signal,
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${request.apiKey}`,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    },
    'Instantly',
  );
  const read = parseVendorAnswer(answer, 'Instantly', request.signal, request.nowMs);
  if (read.ok) return read.body;
  throw instantlyHttpError(read.status, read.body, read.retryAfterMs);
}
