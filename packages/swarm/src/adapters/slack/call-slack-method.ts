import { CaioError } from '../../domain/errors.js';
import type { JsonHttpClient } from '../http/create-json-http-client.js';
import { slackApiError } from './slack-error-mapper.js';
import { slackEnvelopeSchema } from './slack-schemas.js';

/**
 * Calls one Slack Web API method and returns the parsed body of an `ok: true` answer. Write
 * methods get a JSON body (`POST {baseUrl}/api/{method}`); read methods get their arguments as a
 * query string (`GET`, since not every read method accepts JSON). HTTP failures come from the JSON
 * client (429 → `rate_limited` with Retry-After, 5xx → retryable `vendor_error`); `ok: false`
 * becomes {@link slackApiError}; a body without `ok` is a malformed `vendor_error` (trips the breaker).
 */
export async function callSlackMethod(
  client: JsonHttpClient,
  method: string,
  argumentsOrBody: URLSearchParams | Readonly<Record<string, unknown>>,
  signal: AbortSignal,
): Promise<unknown> {
  const raw =
    argumentsOrBody instanceof URLSearchParams
      ? await client.getJson(`/api/${method}?${argumentsOrBody.toString()}`, signal)
      : await client.postJson(`/api/${method}`, argumentsOrBody, signal);
  const envelope = slackEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new CaioError('vendor_error', `Slack ${method} returned an unexpected shape: ${envelope.error.message}`, {
      details: { malformed: true, vendor: 'Slack', method },
    });
  }
  if (!envelope.data.ok) throw slackApiError(method, envelope.data.error ?? 'unknown_error', 200);
  return raw;
}
