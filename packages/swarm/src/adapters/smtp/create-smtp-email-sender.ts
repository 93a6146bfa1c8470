import { createNodemailerTransport } from './create-nodemailer-transport.js';
import { CaioError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { EmailSender } from '../../ports/email-sender.js';
import { assertEmailHeaders } from './assert-email-headers.js';
import type { SmtpResilientCall } from './resilient-call-like.js';
import { mapSmtpError } from './smtp-error-mapper.js';

/** Settings of {@link createSmtpEmailSender}; resolved by `config/`, never read from the environment here. */
export interface SmtpEmailSenderSettings {
  /** Config `smtp.host`, e.g. `smtp.example.com`. */
  host: string;
  /** Config `smtp.port`: 587 (submission + STARTTLS, RFC 6409) by default, 465 with `secure`. */
  port: number;
  /** True: TLS from the first byte (port 465, RFC 8314). False: STARTTLS when the server offers it. */
  secure: boolean;
  /** Config `smtp.user`; when set, `password` is required. */
  user?: string;
  /** Env `SMTP_PASSWORD` only. */
  password?: string;
  /**
   * Breaker → timeout for every send (RES-1, RES-2): pass
   * `createResilientCall({ breaker: createCircuitBreaker({ name: 'smtp', clock }), timeoutMs: 10_000 })`.
   */
  resilientCall: SmtpResilientCall;
  /** Stamps the `Date` header. */
  clock: Clock;
  /** Connection, greeting and idle-socket timeout in ms. Default 10 000 (RES-2); tests shorten it. */
  timeoutMs?: number;
}

function normalizedAddresses(addresses: readonly (string | { address: string })[] | undefined): string[] {
  return (addresses ?? []).map((address) => (typeof address === 'string' ? address : address.address));
}

function assertSettings(settings: SmtpEmailSenderSettings): void {
  const problems: string[] = [];
  if (!settings.host.trim()) problems.push('smtp.host is blank');
  if (!Number.isInteger(settings.port) || settings.port < 0 || settings.port > 65_535)
    problems.push('smtp.port must be a port number');
  if (settings.user && !settings.password) problems.push('smtp.user is set but SMTP_PASSWORD is not');
  if (problems.length > 0) {
    throw new CaioError('config_invalid', `SMTP email: ${problems.join('; ')}. Fix the config file or environment.`);
  }
}

/**
 * The SMTP email sender on nodemailer (SPEC §3.6 escalation level 3; the outbound issue reuses it).
 * One connection per message (no pool), with connection, greeting and socket timeouts of
 * `timeoutMs` (RES-2: 10 s) and the resilient call's breaker and timeout around each send. Sends are
 * at-most-once (`idempotent: false`, RES-3). Header values with CR/LF are refused before any
 * connection (INJ-8). File and URL access are disabled so message content cannot read local files.
 *
 * @throws CaioError `config_invalid` for a blank host, a bad port, or a user without password;
 *   `send` rejects with `input_invalid` (header injection, no recipients), `vendor_error`
 *   (retryable: connection refused/reset, 4xx reply; non-retryable: 5xx reply, e.g. 535 bad
 *   credentials — `details.smtpCode`), `timeout` or `circuit_open` (see {@link mapSmtpError}).
 * @example
 * const email = createSmtpEmailSender({ host: 'smtp.example.com', port: 587, secure: false, user, password, resilientCall, clock });
 * await email.send({ from: 'caio@example.com', to: ['ops@example.com'], subject: 'Approvals waiting', text: '…' });
 */
export function createSmtpEmailSender(settings: SmtpEmailSenderSettings): EmailSender {
  assertSettings(settings);
  const timeoutMs = settings.timeoutMs ?? 10_000;
  const transport = createNodemailerTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    user: settings.user,
    password: settings.password,
    timeoutMs,
  });
  return {
    async send(email, signal) {
      assertEmailHeaders(email);
      const info = await settings.resilientCall(
        async (attempt) => {
          try {
            return await transport.sendMail({
              from: email.from,
              to: email.to,
              subject: email.subject,
              text: email.text,
              date: settings.clock.now(),
              ...(email.messageId ? { messageId: email.messageId } : {}),
              ...(email.headers ? { headers: { ...email.headers } } : {}),
              signal: attempt,
            });
          } catch (error) {
            throw mapSmtpError(error, attempt);
          }
        },
        { idempotent: false, ...(signal ? { signal } : {}) },
      );
      const accepted = normalizedAddresses(info.accepted);
      if (accepted.length === 0) {
        throw new CaioError('vendor_error', 'The SMTP server accepted none of the recipients.', {
          retryable: false,
          details: { vendor: 'SMTP', rejected: normalizedAddresses(info.rejected) },
        });
      }
      return { messageId: info.messageId, accepted, rejected: normalizedAddresses(info.rejected) };
    },
  };
}
