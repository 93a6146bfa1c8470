import { fetchVendorAnswer } from './fetch-vendor-answer.js';
import { httpStatusError } from './http-status-error.js';
import { parseVendorAnswer } from './parse-vendor-answer.js';

/** The slice of `fetch` adapters use; the global `fetch` satisfies it and tests can pass a fake. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Settings of {@link createJsonHttpClient}. */
export interface JsonHttpClientSettings {
  /** Vendor name for error messages, e.g. `Apollo`. */
  vendor: string;
  /** Base URL without trailing slash, e.g. `https://api.apollo.io`. */
  baseUrl: string;
  fetch: FetchLike;
  /** Headers sent on every request (credentials go here). */
  headers?: Readonly<Record<string, string>>;
  /** Epoch ms now, for HTTP-date `Retry-After` values. */
  nowMs: () => number;
  /** Pulls the vendor's error text out of an error body. */
  describeErrorBody?: (body: unknown) => string | undefined;
}

/** A JSON-over-HTTP client: returns the parsed body of a 2xx answer, else throws `CaioError`. */
export interface JsonHttpClient {
  postJson(path: string, body: unknown, signal: AbortSignal): Promise<unknown>;
  getJson(path: string, signal: AbortSignal): Promise<unknown>;
}

/**
 * Creates the shared JSON helper for vendor adapters. Non-2xx answers become `CaioError` via
 * `httpStatusError` (with `Retry-After`); socket, DNS, abort and malformed-JSON failures become
 * `timeout` / `vendor_error` via `classifyVendorFailure`. The caller's AbortSignal (from the
 * resilience timeout) is passed to fetch, so a timed-out request is cancelled.
 */
export function createJsonHttpClient(settings: JsonHttpClientSettings): JsonHttpClient {
  const request = async (method: string, path: string, body: unknown, signal: AbortSignal): Promise<unknown> => {
    const answer = await fetchVendorAnswer(
      settings.fetch,
      `${settings.baseUrl}${path}`,
      {
        method,
        signal,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...settings.headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      },
      settings.vendor,
    );
    const read = parseVendorAnswer(answer, settings.vendor, signal, settings.nowMs());
    if (read.ok) return read.body;
    throw httpStatusError({
      vendor: settings.vendor,
      status: read.status,
      // An empty or malformed error body parses to null: there is no vendor text to show.
      vendorMessage: read.body === null ? undefined : settings.describeErrorBody?.(read.body),
      retryAfterMs: read.retryAfterMs,
    });
  };
  return {
    postJson: (path, body, signal) => request('POST', path, body, signal),
    getJson: (path, signal) => request('GET', path, undefined, signal),
  };
}
