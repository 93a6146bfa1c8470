import type { FetchLike } from '../http/create-json-http-client.js';
import { fetchVendorAnswer, vendorJsonBody } from '../http/fetch-vendor-answer.js';
import { parseRetryAfterMs } from '../http/parse-retry-after.js';
import type { ZoomFailure } from './zoom-error-mapper.js';

/** One HTTP request to Zoom (OAuth or REST). */
export interface ZoomRequest {
  fetch: FetchLike;
  method: 'POST' | 'DELETE';
  url: string;
  headers: Readonly<Record<string, string>>;
  /** Already encoded (JSON or form). */
  body?: string;
  signal: AbortSignal;
  /** Epoch ms now, for date-valued `Retry-After`. */
  nowMs: number;
}

/** A Zoom answer: 2xx with its parsed body, or the failure to map. */
export type ZoomAnswer = { ok: true; status: number; body: unknown } | ({ ok: false } & ZoomFailure);

/**
 * Sends one request and reads the answer whatever its status; the caller maps failures (the token
 * endpoint and the REST API have different error bodies).
 * @throws CaioError `timeout` / `vendor_error` (connection, malformed 2xx JSON) from `classifyVendorFailure`
 */
export async function sendZoomRequest(request: ZoomRequest): Promise<ZoomAnswer> {
  const answer = await fetchVendorAnswer(
    request.fetch,
    request.url,
    {
      method: request.method,
      signal: request.signal,
      headers: { accept: 'application/json', ...request.headers },
      ...(request.body === undefined ? {} : { body: request.body }),
    },
    'Zoom',
  );
  const body = vendorJsonBody(answer, 'Zoom', request.signal);
  if (answer.response.ok) return { ok: true, status: answer.response.status, body };
  return {
    ok: false,
    status: answer.response.status,
    body,
    retryAfterMs: parseRetryAfterMs(answer.response.headers.get('retry-after'), request.nowMs),
  };
}
