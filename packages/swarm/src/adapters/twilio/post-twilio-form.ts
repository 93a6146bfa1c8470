import { CaioError } from '../../domain/errors.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { fetchVendorAnswer, vendorJsonBody } from '../http/fetch-vendor-answer.js';
import { httpStatusError } from '../http/http-status-error.js';
import { parseRetryAfterMs } from '../http/parse-retry-after.js';
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
  const body = vendorJsonBody(answer, 'Twilio', request.signal);
  if (answer.response.ok) return body;
  const base = httpStatusError({
    vendor: 'Twilio',
    status: answer.response.status,
    vendorMessage: describeTwilioErrorBody(body),
    retryAfterMs: parseRetryAfterMs(answer.response.headers.get('retry-after'), request.nowMs),
  });
  const twilioCode = twilioErrorCodeOf(body);
  throw new CaioError(base.code, base.message, {
    retryable: base.isRetryable,
    ...(base.retryAfterMs === undefined ? {} : { retryAfterMs: base.retryAfterMs }),
    details: { ...base.details, ...(twilioCode === undefined ? {} : { twilioCode }) },
  });
}
