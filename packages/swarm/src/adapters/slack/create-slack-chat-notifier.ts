import { CaioError } from '../../domain/errors.js';
import type { ChatMessageRef, ChatNotifier } from '../../ports/chat-notifier.js';
import type { Clock } from '../../ports/clock.js';
import { createJsonHttpClient, type FetchLike } from '../http/create-json-http-client.js';
import { callSlackMethod } from './call-slack-method.js';
import { checkSlackApprovers, slackUsersPageSize } from './check-slack-approvers.js';
import { escapeAlertText } from './escape-alert-text.js';
import type { SlackResilientCall } from './resilient-call-like.js';
import { describeSlackErrorBody } from './slack-error-mapper.js';
import { slackMessageResponseSchema } from './slack-schemas.js';

/** Settings of {@link createSlackChatNotifier}; resolved by `config/`, never read from the environment here. */
export interface SlackChatNotifierSettings {
  /** Bot token `xoxb-…` (config `slack.botToken`, env `SLACK_BOT_TOKEN`); sent as `Authorization: Bearer`. */
  token: string;
  /** Default `https://slack.com`; methods live under `/api/`. */
  baseUrl?: string;
  fetch: FetchLike;
  clock: Clock;
  /** PII redaction for alert text (PII-2), e.g. `redactPii` from `defence/`. */
  redact: (text: string) => string;
  /**
   * Breaker → retry → timeout for every call (RES-1..RES-3): pass
   * `createResilientCall({ breaker: createCircuitBreaker({ name: 'slack', clock }), timeoutMs: 10_000 })`.
   */
  resilientCall: SlackResilientCall;
}

const alertIcons = { info: ':information_source:', warning: ':warning:', critical: ':rotating_light:' } as const;

/**
 * The Slack chat notifier (SPEC §3.6 approval channel): `chat.postMessage` and `chat.update` over
 * the Web API with a bot token. Posting is at-most-once (never retried, RES-3); updating the same
 * `ts` is idempotent and may be retried. Slack answers most errors with HTTP 200 `{ ok: false }`:
 * those become `vendor_error` that trip the breaker only when transient (`internal_error`…), while
 * 429 honours `Retry-After`. Alert text is redacted (PII-2) and mrkdwn-escaped before it leaves.
 * `checkApprovers` pages through `users.list` (cursor pagination) to validate the WH-9 allowlist.
 *
 * @throws CaioError `config_invalid` when the token is blank; calls reject with `vendor_error`,
 *   `rate_limited`, `timeout` or `circuit_open`.
 * @example
 * const slack = createSlackChatNotifier({ token, fetch: globalThis.fetch, clock, redact: redactPii, resilientCall });
 * const ref = await slack.postMessage({ channel: 'C0123ABCD', ...buildBatchMessage(batch) });
 */
export function createSlackChatNotifier(settings: SlackChatNotifierSettings): ChatNotifier {
  if (!settings.token.trim()) {
    throw new CaioError(
      'config_invalid',
      'Slack needs a bot token: set slack.botToken or the SLACK_BOT_TOKEN environment variable (xoxb-…).',
    );
  }
  const client = createJsonHttpClient({
    vendor: 'Slack',
    baseUrl: (settings.baseUrl ?? 'https://slack.com').replace(/\/+$/, ''),
    fetch: settings.fetch,
    // Slack warns `missing_charset` on JSON posts without an explicit charset.
    headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json; charset=utf-8' },
    nowMs: () => settings.clock.now().getTime(),
    describeErrorBody: describeSlackErrorBody,
  });
  const post = async (
    method: 'chat.postMessage' | 'chat.update',
    body: Readonly<Record<string, unknown>>,
    idempotent: boolean,
    signal: AbortSignal | undefined,
  ): Promise<ChatMessageRef> => {
    const raw = await settings.resilientCall((attempt) => callSlackMethod(client, method, body, attempt), {
      idempotent,
      ...(signal ? { signal } : {}),
    });
    const parsed = slackMessageResponseSchema.safeParse(raw);
    if (!parsed.success) {
      throw new CaioError('vendor_error', `Slack ${method} answered ok without channel and ts.`, {
        details: { malformed: true, vendor: 'Slack', method },
      });
    }
    return { channel: parsed.data.channel, ts: parsed.data.ts };
  };
  return {
    slug: 'slack',
    postMessage: (message, signal) =>
      post(
        'chat.postMessage',
        { channel: message.channel, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) },
        false,
        signal,
      ),
    updateMessage: (ref, content, signal) =>
      post(
        'chat.update',
        { channel: ref.channel, ts: ref.ts, text: content.text, ...(content.blocks ? { blocks: content.blocks } : {}) },
        true,
        signal,
      ),
    postAlert: (alert, signal) => {
      const text = `${alertIcons[alert.severity]} ${escapeAlertText(settings.redact(alert.text))}`;
      return post('chat.postMessage', { channel: alert.channel, text, unfurl_links: false }, false, signal);
    },
    checkApprovers: (userIds, signal) =>
      checkSlackApprovers(userIds, (cursor) => {
        const query = new URLSearchParams({ limit: String(slackUsersPageSize), ...(cursor ? { cursor } : {}) });
        // Reads are idempotent, so a failed page may be retried (RES-3).
        return settings.resilientCall((attempt) => callSlackMethod(client, 'users.list', query, attempt), {
          idempotent: true,
          ...(signal ? { signal } : {}),
        });
      }),
  };
}
