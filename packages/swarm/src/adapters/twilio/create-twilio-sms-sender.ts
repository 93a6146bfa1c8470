import { CaioError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { SmsSender } from '../../ports/sms-sender.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { requireCredentials } from '../http/require-credentials.js';
import { postTwilioForm } from './post-twilio-form.js';
import type { TwilioResilientCall } from './resilient-call-like.js';
import { twilioMessageResponseSchema } from './twilio-schemas.js';

/** Settings of {@link createTwilioSmsSender}; resolved by `config/`, never read from the environment here. */
export interface TwilioSmsSenderSettings {
  /** Account SID `AC…` (config `twilio.accountSid`). */
  accountSid: string;
  /** Auth token (config `twilio.authToken`, env `TWILIO_AUTH_TOKEN`); HTTP Basic password. */
  authToken: string;
  /** Sender: an E.164 Twilio number (`+1…`) or a Messaging Service SID (`MG…`), config `twilio.from`. */
  from: string;
  /** Default `https://api.twilio.com`. */
  baseUrl?: string;
  fetch: FetchLike;
  clock: Clock;
  /** PII redaction for the SMS body (PII-2), e.g. `redactPii` from `defence/`. */
  redact: (text: string) => string;
  /**
   * Breaker → timeout for every call (RES-1, RES-2): pass
   * `createResilientCall({ breaker: createCircuitBreaker({ name: 'twilio', clock }), timeoutMs: 10_000 })`.
   */
  resilientCall: TwilioResilientCall;
}

/** E.164: `+`, country code, up to 15 digits (ITU-T E.164). */
const e164 = /^\+[1-9]\d{6,14}$/;

/**
 * The Twilio SMS sender (SPEC §3.6 escalation level 2+): `POST {baseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json`
 * with HTTP Basic `AccountSid:AuthToken` and form fields `To`, `From` (or `MessagingServiceSid`), `Body`.
 * Sends are at-most-once (never retried, RES-3). The body is PII-redacted before it leaves (PII-2).
 *
 * @throws CaioError `config_invalid` for a blank SID, token or sender; `send` rejects with
 *   `input_invalid` for a `to` that is not E.164 (no call made), else `vendor_error` (401 code
 *   20003 bad credentials, 400 code 21211 bad number, 5xx), `rate_limited` (429 code 20429 with
 *   Retry-After), `timeout` or `circuit_open`.
 * @example
 * const sms = createTwilioSmsSender({ accountSid, authToken, from: '+15005550006', fetch, clock, redact: redactPii, resilientCall });
 * await sms.send({ to: '+15005550009', body: '3 approvals waiting for 4 h' });
 */
export function createTwilioSmsSender(settings: TwilioSmsSenderSettings): SmsSender {
  requireCredentials(
    'Twilio SMS',
    {
      'twilio.accountSid': settings.accountSid,
      'twilio.authToken (TWILIO_AUTH_TOKEN)': settings.authToken,
      'twilio.from': settings.from,
    },
    'set them in the config file or environment',
  );
  const baseUrl = (settings.baseUrl ?? 'https://api.twilio.com').replace(/\/+$/, '');
  const url = `${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`;
  const sender: Record<string, string> = settings.from.startsWith('MG')
    ? { MessagingServiceSid: settings.from }
    : { From: settings.from };
  return {
    slug: 'twilio',
    async send(message, signal) {
      if (!e164.test(message.to)) {
        throw new CaioError('input_invalid', `SMS recipient must be an E.164 number such as +15005550006.`, {
          details: { field: 'to' },
        });
      }
      const form = { To: message.to, ...sender, Body: settings.redact(message.body) };
      const raw = await settings.resilientCall(
        (attempt) =>
          postTwilioForm({
            fetch: settings.fetch,
            url,
            authorization,
            form,
            signal: attempt,
            nowMs: settings.clock.now().getTime(),
          }),
        { idempotent: false, ...(signal ? { signal } : {}) },
      );
      const parsed = twilioMessageResponseSchema.safeParse(raw);
      if (!parsed.success) {
        throw new CaioError('vendor_error', `Twilio accepted the SMS but returned no message sid.`, {
          details: { malformed: true, vendor: 'Twilio' },
        });
      }
      return { id: parsed.data.sid, status: parsed.data.status ?? 'queued' };
    },
  };
}
