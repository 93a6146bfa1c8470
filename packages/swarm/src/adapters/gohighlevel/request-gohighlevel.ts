import { classifyVendorFailure } from '../http/classify-vendor-failure.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { goHighLevelHttpError } from './gohighlevel-error-mapper.js';

/** One HighLevel API v2 request. */
export interface GoHighLevelRequest {
  fetch: FetchLike;
  /** Without trailing slash, e.g. `https://services.leadconnectorhq.com`. */
  baseUrl: string;
  /** Private Integration token or OAuth access token, sent as `Authorization: Bearer …`. */
  token: string;
  /** The `Version` header of the endpoint family (see `goHighLevelApiVersions`). */
  version: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path starting with `/`, e.g. `/contacts/upsert`. */
  path: string;
  /** Query parameters; undefined values are left out. */
  query?: Readonly<Record<string, string | number | undefined>>;
  /** JSON body for POST and PUT. */
  body?: unknown;
  signal: AbortSignal;
  /** Epoch ms now (UTC), for HTTP-date `Retry-After` values. */
  nowMs: number;
}

function urlOf(request: GoHighLevelRequest): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) query.set(key, String(value));
  }
  const search = query.toString();
  return `${request.baseUrl}${request.path}${search ? `?${search}` : ''}`;
}

/**
 * Sends one request with `Authorization: Bearer`, `Version` and JSON headers and returns the parsed
 * body of a 2xx answer. Non-2xx → {@link goHighLevelHttpError}; socket, DNS, abort and
 * malformed-JSON failures → `classifyVendorFailure` (`timeout` or `vendor_error` with
 * `details.connection` / `details.malformed`).
 */
export async function requestGoHighLevel(request: GoHighLevelRequest): Promise<unknown> {
  let response: Response;
  let text: string;
  try {
    response = await request.fetch(urlOf(request), {
      method: request.method,
      signal: request.signal,
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${request.token}`,
        version: request.version,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
    text = await response.text();
  } catch (error) {
    throw classifyVendorFailure(error, 'GoHighLevel', request.signal);
  }
  let body: unknown = null;
  try {
    body = text.trim() === '' ? null : JSON.parse(text);
  } catch (error) {
    if (response.ok) throw classifyVendorFailure(error, 'GoHighLevel', request.signal);
  }
  if (response.ok) return body;
  throw goHighLevelHttpError({ status: response.status, body, headers: response.headers, nowMs: request.nowMs });
}
