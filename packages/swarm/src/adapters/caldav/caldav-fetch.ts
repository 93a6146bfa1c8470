import type { Clock } from '../../ports/clock.js';
import { classifyVendorFailure } from '../http/classify-vendor-failure.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { parseRetryAfterMs } from '../http/parse-retry-after.js';
import { calDavStatusError } from './caldav-error-mapper.js';

/** Settings of {@link createCalDavFetch}. */
export interface CalDavFetchSettings {
  fetch: FetchLike;
  clock: Clock;
  /** `Basic base64(user:password)`. */
  authorization: string;
}

/**
 * The `fetch` handed to tsdav. tsdav returns failed DAV answers as data (a REPORT that got 401 looks like
 * an empty calendar), which would let the scheduler propose on missing data; this wrapper instead adds
 * the Authorization header and THROWS for every non-2xx answer (mapped by `calDavStatusError`) and for
 * socket/abort failures (`classifyVendorFailure`), so the adapter fails closed (spec §6.3 rule 6).
 */
export function createCalDavFetch(settings: CalDavFetchSettings): typeof fetch {
  const calDavFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    headers.set('authorization', settings.authorization);
    const signal = init.signal ?? new AbortController().signal;
    let response: Response;
    try {
      response = await settings.fetch(String(input instanceof Request ? input.url : input), {
        ...init,
        headers,
        signal,
      });
    } catch (error) {
      throw classifyVendorFailure(error, 'CalDAV', signal);
    }
    if (response.ok) return response;
    await response.body?.cancel();
    throw calDavStatusError({
      status: response.status,
      operation: method,
      retryAfterMs: parseRetryAfterMs(response.headers.get('retry-after'), settings.clock.now().getTime()),
    });
  };
  return calDavFetch as typeof fetch;
}
