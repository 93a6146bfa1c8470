import { CaioError } from '../../domain/errors.js';
import { slackEnvelopeSchema } from './slack-schemas.js';

/** Slack errors that mean the token or app is not allowed: fix the configuration (401/403 equivalents). */
const credentialErrors = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);
const permissionErrors = new Set([
  'missing_scope',
  'no_permission',
  'access_denied',
  'ekm_access_denied',
  'team_access_not_granted',
  'not_in_channel',
  'is_archived',
  'restricted_action',
  'cant_update_message',
  'edit_window_closed',
]);
const notFoundErrors = new Set(['channel_not_found', 'message_not_found', 'user_not_found']);
/** Slack-side trouble that may pass: trips the breaker like a 5xx (RES-1). */
const transientErrors = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

function hintFor(error: string): string {
  if (credentialErrors.has(error)) return 'check the bot token (xoxb-…) in slack.botToken / SLACK_BOT_TOKEN';
  if (permissionErrors.has(error)) return 'invite the bot to the channel and grant it the chat:write scope';
  if (notFoundErrors.has(error)) return 'check slack.approvalChannel (use the channel id, e.g. C0123ABCD)';
  if (transientErrors.has(error)) return 'Slack had a transient problem; it will be retried or skipped';
  return 'the request was rejected as invalid; check the message blocks and arguments';
}

/** The HTTP status a Slack `error` code stands for, so breakers classify it (RES-1). */
function equivalentStatus(error: string): number {
  if (credentialErrors.has(error)) return 401;
  if (permissionErrors.has(error)) return 403;
  if (notFoundErrors.has(error)) return 404;
  if (transientErrors.has(error)) return 503;
  return 400;
}

/**
 * Maps a Slack `{ ok: false, error }` answer (which Slack sends with HTTP 200) to a `CaioError`.
 * `details.status` is the HTTP-equivalent status of the error code (401 auth, 403 permission,
 * 404 not found, 503 transient, 400 otherwise) so the RES-1 breaker trips only on transient
 * errors and alerts on the rest; `details.vendorStatus` keeps the real HTTP status and
 * `details.slackError` the code. `ratelimited`/`rate_limited` become `rate_limited`.
 */
export function slackApiError(method: string, error: string, httpStatus: number): CaioError {
  const details = { vendor: 'Slack', method, slackError: error, vendorStatus: httpStatus };
  if (error === 'ratelimited' || error === 'rate_limited') {
    return new CaioError('rate_limited', `Slack ${method} was rate limited (${error}); wait and retry.`, {
      details: { ...details, status: 429 },
    });
  }
  const status = equivalentStatus(error);
  return new CaioError('vendor_error', `Slack ${method} refused the request: ${error}; ${hintFor(error)}.`, {
    details: { ...details, status },
    retryable: status >= 500,
  });
}

/** Pulls Slack's `error` code out of a non-2xx body (e.g. 429 `{ ok: false, error: 'ratelimited' }`). */
export function describeSlackErrorBody(body: unknown): string | undefined {
  const parsed = slackEnvelopeSchema.safeParse(body);
  return parsed.success ? (parsed.data.error ?? undefined) : undefined;
}
