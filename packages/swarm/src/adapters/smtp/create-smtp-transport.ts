import { createNodemailerTransport } from './create-nodemailer-transport.js';
import { Readable } from 'node:stream';
import { CaioError } from '../../domain/errors.js';
import type { OutboundTransport, ReconcileVerdict } from '../../ports/outbound-transport.js';
import { assertDkimPrivateKey } from './assert-dkim-private-key.js';
import { assertOutboundEmail } from './assert-outbound-email.js';
import { dkimSignedHeaderFields } from './dkim-signed-header-fields.js';
import { mapSmtpSendError, type SmtpSendPhase } from './map-smtp-send-error.js';
import type { SmtpResilientCall } from './resilient-call-like.js';

/** DKIM signing identity (RFC 6376): `d=`, `s=` and the PEM RSA private key (≥ 2048 bits, EM-5). */
export interface SmtpDkimSigning {
  /** `d=`, config `dkim.domain`, e.g. `mail.example.com`; should align with the From domain (DMARC). */
  domainName: string;
  /** `s=`, config `dkim.selector`; the public key lives at `{selector}._domainkey.{domain}` TXT. */
  keySelector: string;
  /** PEM, from `dkim.privateKeyFile` or env `CAIO_DKIM_PRIVATE_KEY` (resolved by `config/`). */
  privateKey: string;
}

/** Settings of {@link createSmtpTransport}; resolved by `config/`, never read from the environment here. */
export interface SmtpTransportSettings {
  /** Config `smtp.host`. */
  host: string;
  /** Config `smtp.port`: 587 (submission + STARTTLS, RFC 6409) or 465 with `secure` (RFC 8314). */
  port: number;
  /** True: TLS from the first byte. False: STARTTLS when the server offers it. */
  secure: boolean;
  /** Config `smtp.user`; when set, `password` is required. */
  user?: string;
  /** Env `SMTP_PASSWORD` only. */
  password?: string;
  /** Signs every message when set (EM-2, EM-5); unset: messages leave unsigned (the relay may sign). */
  dkim?: SmtpDkimSigning;
  /**
   * Breaker → timeout around each send (RES-1, RES-2), e.g.
   * `createResilientCall({ breaker: createCircuitBreaker({ name: 'smtp', clock }), timeoutMs: 30_000 })`.
   * Give it a timeout above `timeoutMs`, so the SMTP client's own timeouts (which know the phase)
   * fire first. Sends are passed `idempotent: false`, so it never retries them (RES-3).
   */
  resilientCall: SmtpResilientCall;
  /** Connection, greeting and idle-socket timeout in ms. Default 10 000 (RES-2). */
  timeoutMs?: number;
}

function assertSettings(settings: SmtpTransportSettings): void {
  const problems: string[] = [];
  if (!settings.host.trim()) problems.push('smtp.host is blank');
  if (!Number.isInteger(settings.port) || settings.port < 1 || settings.port > 65_535)
    problems.push('smtp.port must be a port number');
  if (settings.user && !settings.password) problems.push('smtp.user is set but SMTP_PASSWORD is not');
  if (settings.dkim && (!settings.dkim.domainName.trim() || !settings.dkim.keySelector.trim()))
    problems.push('dkim.domain and dkim.selector must not be blank');
  if (problems.length > 0) {
    throw new CaioError(
      'config_invalid',
      `SMTP transport: ${problems.join('; ')}. Fix the config file or environment.`,
    );
  }
  if (settings.dkim) assertDkimPrivateKey(settings.dkim.privateKey);
}

/**
 * Why {@link OutboundTransport.reconcile} can only say `unknown` for SMTP: the protocol has no
 * query for "did you accept message X?" (RFC 5321 defines no such command), and a dropped
 * connection after DATA leaves the outcome with the server alone (RFC 5321 §4.1.1.4 and RFC 1047
 * "duplicate messages and SMTP"). Only the server's log can tell.
 */
const reconcileReason =
  'SMTP cannot be asked whether a message was accepted after the connection failed; check the mail server log for the Message-ID before sending again.';

/**
 * The outbound SMTP transport (platform `smtp`, channel `email`; SPEC §3.7 "Adapters: SMTP"). Sends
 * `message.raw` byte for byte through nodemailer (no header is added or rewritten, so the
 * Message-ID that leaves is ours; only bare CR/LF line ends become CRLF, RFC 5321 §2.3.8) with envelope `MAIL FROM:<message.from>` / `RCPT TO:<message.to>`,
 * DKIM-signed (`rsa-sha256`, `c=relaxed/relaxed`) when `dkim` is set, with `h=` covering From, To,
 * Subject, Date, Message-ID, threading, both List-Unsubscribe headers (EM-2) and the MIME headers.
 * One connection per message; at most one attempt per call (RES-3).
 *
 * @returns `deliver` resolves `{ wireMessageId: message.messageId }` once the server answered 250 to
 *   the message; `reconcile` always resolves `{ status: 'unknown', reason }` (see above).
 * @throws CaioError `config_invalid` for a blank host, bad port, user without password, or a DKIM key
 *   that is not RSA ≥ 2048 bits. `deliver` rejects with `input_invalid` (wrong channel, CR/LF in a
 *   header value, raw without our Message-ID) before connecting, else as {@link mapSmtpSendError}:
 *   4yz → retryable `vendor_error`, 5yz → non-retryable, failures before the message was handed over
 *   → retryable `vendor_error` (`details.notSent`), failures after → `timeout` /
 *   `details.outcomeUnknown`, and `timeout` / `circuit_open` from the resilient call.
 * @example
 * const smtp = createSmtpTransport({ host: 'smtp.example.com', port: 587, secure: false, user, password,
 *   dkim: { domainName: 'mail.example.com', keySelector: 'caio2026', privateKey }, resilientCall });
 * const { wireMessageId } = await smtp.deliver(outboxMessage);
 */
export function createSmtpTransport(settings: SmtpTransportSettings): OutboundTransport {
  assertSettings(settings);
  const timeoutMs = settings.timeoutMs ?? 10_000;
  const transport = createNodemailerTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    user: settings.user,
    password: settings.password,
    timeoutMs,
    dkim: settings.dkim ? { ...settings.dkim, headerFieldNames: dkimSignedHeaderFields } : undefined,
  });
  return {
    platform: 'smtp',
    channel: 'email',
    async deliver(message, signal) {
      const envelope = assertOutboundEmail(message);
      // RFC 5321 §2.3.8: SMTP carries CRLF only. Normalising here (not in the SMTP client's DATA
      // stream) keeps the DKIM-signed bytes and the wire bytes the same.
      const source = Buffer.from(message.raw.replace(/\r\n|\r|\n/g, '\r\n'), 'utf8');
      await settings.resilientCall(
        async (attempt) => {
          let phase: SmtpSendPhase = 'session';
          // nodemailer opens the message stream only after connect, greeting and AUTH succeeded,
          // right before MAIL FROM: the first read marks the point after which it may have left.
          const stream = new Readable({
            read() {
              phase = 'message';
              this.push(source);
              this.push(null);
            },
          });
          try {
            await transport.sendMail({ envelope, raw: stream, signal: attempt });
          } catch (error) {
            throw mapSmtpSendError(error, phase, attempt);
          }
        },
        { idempotent: false, ...(signal ? { signal } : {}) },
      );
      return { wireMessageId: message.messageId };
    },
    reconcile(): Promise<ReconcileVerdict> {
      return Promise.resolve({ status: 'unknown', reason: reconcileReason });
    },
  };
}
