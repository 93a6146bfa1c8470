import { CaioError, isCaioError } from '../../domain/errors.js';
import { mapSmtpError } from './smtp-error-mapper.js';

/**
 * How far an SMTP send had come when it failed: `session` = connect, greeting, EHLO, AUTH (no part
 * of the message was handed over); `message` = the envelope and DATA had started, so the server
 * may already have accepted the message.
 */
export type SmtpSendPhase = 'session' | 'message';

function errorCodeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function hasReplyCode(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null ? (error as { responseCode?: unknown }).responseCode : undefined;
  return typeof code === 'number';
}

/**
 * Maps a failure of one outbound SMTP send to the `CaioError` the send worker acts on
 * (`OutboundTransport` TSDoc, RES-3 "sends are at-most-once"), refining {@link mapSmtpError}:
 * - an SMTP reply is definitive whatever the phase: 4yz → retryable `vendor_error`, 5yz →
 *   non-retryable (RFC 5321 §4.2.1), with `details.smtpCode`;
 * - envelope or message refused by nodemailer before sending (`EENVELOPE`/`EMESSAGE` without a
 *   reply) → `input_invalid`;
 * - phase `session`, no reply (refused, reset, DNS, greeting or socket timeout) → retryable
 *   `vendor_error` with `details.notSent: true`: no byte of the message left, so a retry cannot
 *   duplicate it;
 * - phase `message`, no reply (socket timeout, connection closed or reset) → ambiguous: `timeout`
 *   or `vendor_error`, both with `details.outcomeUnknown: true`, so the worker reconciles (SMTP
 *   answers `unknown`) and never re-sends on its own;
 * - the attempt's abort reason (the resilient-call timeout) passes through unchanged.
 * Never throws.
 */
export function mapSmtpSendError(error: unknown, phase: SmtpSendPhase, signal?: AbortSignal): CaioError {
  if (isCaioError(error)) return error;
  if (signal?.aborted && isCaioError(signal.reason)) return signal.reason;
  const mapped = mapSmtpError(error);
  if (hasReplyCode(error)) return mapped;
  const code = errorCodeOf(error);
  if (code === 'EENVELOPE' || code === 'EMESSAGE') {
    return new CaioError('input_invalid', `The SMTP client refused the message before sending: ${mapped.message}`, {
      cause: error,
      details: { vendor: 'SMTP', errorCode: code },
    });
  }
  if (mapped.code !== 'timeout' && mapped.details.connection !== true) return mapped;
  if (phase === 'session') {
    return new CaioError('vendor_error', `${mapped.message} Nothing was sent; the message can be retried.`, {
      cause: error,
      retryable: true,
      details: { ...mapped.details, notSent: true },
    });
  }
  return new CaioError(
    mapped.code,
    `The SMTP connection failed after the message was handed over, so it may have been delivered (${code ?? 'no reply'}); it will not be re-sent automatically — check the mail server log for the Message-ID.`,
    { cause: error, details: { ...mapped.details, outcomeUnknown: true } },
  );
}
