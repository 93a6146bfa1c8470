import type { Clock } from '../../ports/clock.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { fetchVendorAnswer } from '../http/fetch-vendor-answer.js';
import { parseVendorAnswer } from '../http/parse-vendor-answer.js';
import { goHighLevelDefaultBaseUrl } from './gohighlevel-api-versions.js';
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
  const answer = await fetchVendorAnswer(
    request.fetch,
    urlOf(request),
    {
      method: request.method,
      signal: request.signal,
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${request.token}`,
        version: request.version,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    },
    'GoHighLevel',
  );
  const read = parseVendorAnswer(answer, 'GoHighLevel', request.signal, request.nowMs);
  if (read.ok) return read.body;
  throw goHighLevelHttpError({ ...read, headers: answer.response.headers });
}

/** Connection settings shared by every HighLevel adapter (email/CRM client, calendar). */
export interface GoHighLevelConnection {
  /** Default `https://services.leadconnectorhq.com`; trailing slashes are dropped. */
  baseUrl?: string;
  /** Private Integration token or OAuth access token, sent as `Authorization: Bearer …`. */
  token: string;
  /** Default the global `fetch`. */
  fetch?: FetchLike;
  /** For HTTP-date `Retry-After` values. Default: the system clock. */
  clock?: Clock;
}

/** One request's endpoint part: Version, method, path, query and body. */
export type GoHighLevelEndpoint = Pick<GoHighLevelRequest, 'version' | 'method' | 'path' | 'query' | 'body'>;

/**
 * Binds {@link requestGoHighLevel} to one connection (defaults resolved once), so callers only name the
 * endpoint and the attempt's AbortSignal. Resilience (breaker → retry → timeout) stays with the caller.
 */
export function goHighLevelRequester(
  connection: GoHighLevelConnection,
): (endpoint: GoHighLevelEndpoint, signal: AbortSignal) => Promise<unknown> {
  const fetch = connection.fetch ?? globalThis.fetch;
  const clock = connection.clock ?? { now: () => new Date() };
  const baseUrl = (connection.baseUrl ?? goHighLevelDefaultBaseUrl).replace(/\/+$/, '');
  return (endpoint, signal) =>
    requestGoHighLevel({ ...endpoint, fetch, baseUrl, token: connection.token, signal, nowMs: clock.now().getTime() });
}
