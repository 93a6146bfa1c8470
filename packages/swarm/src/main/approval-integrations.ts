import { createSlackChatNotifier } from '../adapters/slack/index.js';
import { createSmtpEmailSender } from '../adapters/smtp/index.js';
import { createTwilioSmsSender } from '../adapters/twilio/index.js';
import type { ResolvedConfig } from '../config/load-config.js';
import { redactPii } from '../defence/index.js';
import { createCircuitBreaker, createResilientCall } from '../guardrails/resilience/index.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { Clock } from '../ports/clock.js';
import type { EmailSender } from '../ports/email-sender.js';
import type { SmsSender } from '../ports/sms-sender.js';

/** Where the vendors live; tests point these at the fakes in `adapters/*\/__fixtures__/`. */
export interface VendorEndpoints {
  fetch?: typeof globalThis.fetch;
  slackBaseUrl?: string;
  twilioBaseUrl?: string;
}

/** The clients {@link approvalIntegrationsFor} builds; absent ones are not configured. */
export interface ApprovalIntegrations {
  slack?: ChatNotifier;
  sms?: SmsSender;
  email?: EmailSender;
}

/** One vendor's resilient call with its own breaker (RES-1) and per-call timeout in ms. */
function vendorCall(name: string, clock: Clock, timeoutMs: number) {
  return createResilientCall({ breaker: createCircuitBreaker({ name, clock }), timeoutMs });
}

/**
 * Slack, Twilio and SMTP clients for approvals and escalations (SPEC §3.6), built only when
 * configured: Slack needs `SLACK_BOT_TOKEN`; Twilio needs `twilio.accountSid`, `twilio.from` and
 * `TWILIO_AUTH_TOKEN`; email needs `smtp.host` (plus `SMTP_PASSWORD` when `smtp.user` is set).
 * Each vendor gets its own breaker; Slack calls time out after 2.5 s so a message update never
 * holds an interaction past Slack's 3 s window; Twilio and SMTP use the RES-2 10 s.
 *
 * @throws CaioError `config_invalid` when `smtp.user` is set without `SMTP_PASSWORD`.
 */
export function approvalIntegrationsFor(
  config: ResolvedConfig,
  clock: Clock,
  endpoints: VendorEndpoints = {},
): ApprovalIntegrations {
  const fetch = endpoints.fetch ?? globalThis.fetch;
  const integrations: ApprovalIntegrations = {};
  if (config.slackBotToken) {
    integrations.slack = createSlackChatNotifier({
      token: config.slackBotToken,
      ...(endpoints.slackBaseUrl ? { baseUrl: endpoints.slackBaseUrl } : {}),
      fetch,
      clock,
      redact: redactPii,
      resilientCall: vendorCall('slack', clock, 2_500),
    });
  }
  const twilio = config.twilio;
  if (twilio.accountSid && twilio.from && config.twilioAuthToken) {
    integrations.sms = createTwilioSmsSender({
      accountSid: twilio.accountSid,
      authToken: config.twilioAuthToken,
      from: twilio.from,
      ...(endpoints.twilioBaseUrl ? { baseUrl: endpoints.twilioBaseUrl } : {}),
      fetch,
      clock,
      redact: redactPii,
      resilientCall: vendorCall('twilio', clock, 10_000),
    });
  }
  const smtp = config.smtp;
  if (smtp.host) {
    integrations.email = createSmtpEmailSender({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.user ? { user: smtp.user } : {}),
      ...(config.smtpPassword ? { password: config.smtpPassword } : {}),
      clock,
      resilientCall: vendorCall('smtp', clock, 10_000),
    });
  }
  return integrations;
}
