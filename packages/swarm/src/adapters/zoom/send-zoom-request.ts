import type { FetchLike } from '../http/create-json-http-client.js';
import { fetchVendorAnswer } from '../http/fetch-vendor-answer.js';
import { parseVendorAnswer, type ParsedVendorAnswer } from '../http/parse-vendor-answer.js';

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
export type ZoomAnswer = ParsedVendorAnswer;

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
  return parseVendorAnswer(answer, 'Zoom', request.signal, request.nowMs);
}
