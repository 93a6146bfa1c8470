import type { FetchLike } from '../http/create-json-http-client.js';
import { fetchVendorAnswer } from '../http/fetch-vendor-answer.js';
import { httpStatusError } from '../http/http-status-error.js';
import { parseVendorAnswer } from '../http/parse-vendor-answer.js';
import { describeTwilioErrorBody, twilioErrorCodeOf } from './twilio-error-mapper.js';

/** One form-encoded Twilio request. */
export interface TwilioFormRequest {
  fetch: FetchLike;
  url: string;
  /** `Basic base64(AccountSid:AuthToken)`. */
  authorization: string;
  form: Readonly<Record<string, string>>;
  signal: AbortSignal;
  /** Epoch ms now, for HTTP-date `Retry-After` values. */
  nowMs: number;
}

/**
 * POSTs `application/x-www-form-urlencoded` (Twilio's REST API takes form bodies, not JSON) and
 * returns the parsed JSON of a 2xx answer. Non-2xx → `httpStatusError` (429 `rate_limited` with
 * Retry-After; 401/403 non-retryable; 5xx retryable) with Twilio's `code` in `details.twilioCode`;
 * socket, abort and malformed-JSON failures → `classifyVendorFailure`.
 */
export async function postTwilioForm(request: TwilioFormRequest): Promise<unknown> {
  const answer = await fetchVendorAnswer(
    request.fetch,
    request.url,
    {
      method: 'POST',
      signal: request.signal,
      headers: {
        accept: 'application/json',
        authorization: request.authorization,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(request.form).toString(),
    },
    'Twilio',
  );
  const read = parseVendorAnswer(answer, 'Twilio', request.signal, request.nowMs);
  if (read.ok) return read.body;
  const twilioCode = twilioErrorCodeOf(read.body);
  throw httpStatusError({
    vendor: 'Twilio',
    status: read.status,
    vendorMessage: describeTwilioErrorBody(read.body),
    retryAfterMs: read.retryAfterMs,
    details: twilioCode === undefined ? {} : { twilioCode },
  });
}
