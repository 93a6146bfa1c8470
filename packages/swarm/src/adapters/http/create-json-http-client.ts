import { classifyVendorFailure } from './classify-vendor-failure.js';
import { httpStatusError } from './http-status-error.js';
import { parseRetryAfterMs } from './parse-retry-after.js';

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
    let response: Response;
    let text: string;
    try {
      response = await settings.fetch(`${settings.baseUrl}${path}`, {
        method,
        signal,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...settings.headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      text = await response.text();
    } catch (error) {
      throw classifyVendorFailure(error, settings.vendor, signal);
    }
    const parsed = parseBody(text);
    if (!response.ok) {
      throw httpStatusError({
        vendor: settings.vendor,
        status: response.status,
        vendorMessage: parsed.ok ? settings.describeErrorBody?.(parsed.value) : undefined,
        retryAfterMs: parseRetryAfterMs(response.headers.get('retry-after'), settings.nowMs()),
      });
    }
    if (!parsed.ok) throw classifyVendorFailure(parsed.error, settings.vendor, signal);
    return parsed.value;
  };
  return {
    postJson: (path, body, signal) => request('POST', path, body, signal),
    getJson: (path, signal) => request('GET', path, undefined, signal),
  };
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false; error: unknown } {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error };
  }
}
