import type { FetchLike } from '../http/create-json-http-client.js';
import { fetchVendorAnswer } from '../http/fetch-vendor-answer.js';
import { parseRetryAfterMs } from '../http/parse-retry-after.js';
import { clayStatusError } from './clay-error-mapper.js';

/** One JSON row POSTed to a Clay table webhook. */
export interface ClayRowRequest {
  fetch: FetchLike;
  url: string;
  /** The table webhook's auth token, sent as `x-clay-webhook-auth`; omitted when the webhook has none. */
  token: string | undefined;
  /** One JSON object = one table row. */
  row: object;
  signal: AbortSignal;
  /** Epoch ms now, for HTTP-date `Retry-After` values. */
  nowMs: number;
}

/** Clay's error text, if an error body has one (`message` or `error`); the body shape is undocumented. */
function describeClayErrorBody(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as unknown;
    if (body && typeof body === 'object') {
      const record = body as Record<string, unknown>;
      const said = record['message'] ?? record['error'];
      if (typeof said === 'string' && said.trim()) return said.trim().slice(0, 200);
    }
  } catch {
    // Not JSON: Clay's error pages carry nothing we can show.
  }
  return undefined;
}

/**
 * POSTs one row as `application/json` to the table webhook (Clay: "HTTP POST requests in JSON
 * format"; one object = one row). Any 2xx is acceptance — Clay documents no response body, so none
 * is read. Non-2xx → {@link clayStatusError}; socket, abort and timeout failures → `classifyVendorFailure`.
 */
export async function postClayRow(request: ClayRowRequest): Promise<void> {
  const answer = await fetchVendorAnswer(
    request.fetch,
    request.url,
    {
      method: 'POST',
      signal: request.signal,
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...(request.token ? { 'x-clay-webhook-auth': request.token } : {}),
      },
      body: JSON.stringify(request.row),
    },
    'Clay',
  );
  if (answer.response.ok) return;
  throw clayStatusError(
    answer.response.status,
    describeClayErrorBody(answer.text),
    parseRetryAfterMs(answer.response.headers.get('retry-after'), request.nowMs),
  );
}
