import { CaioError, isCaioError } from '../../domain/errors.js';

/** The fields nodemailer attaches to its errors (nodemailer `NodemailerError`), read defensively. */
interface NodemailerErrorFields {
  code?: unknown;
  originalCode?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
  timeoutType?: unknown;
}

const maxResponseLength = 200;

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function smtpReplyError(fields: NodemailerErrorFields, responseCode: number, error: unknown): CaioError {
  // RFC 5321 §4.2.1: 4yz is a transient negative reply, 5yz permanent — except 503 (bad
  // sequence of commands), which a fresh session may not repeat (nodemailer isPermanentResponseCode).
  const permanent = responseCode >= 500 && responseCode !== 503;
  const response = stringField(fields.response)?.slice(0, maxResponseLength);
  const command = stringField(fields.command);
  const authFailed = fields.code === 'EAUTH';
  const fix = authFailed
    ? 'check smtp.user and the password (SMTP_PASSWORD)'
    : permanent
      ? 'the server refused this message for good; check the addresses and the sender'
      : 'the server asked to try again later';
  return new CaioError('vendor_error', `SMTP server replied ${response ?? responseCode}: ${fix}.`, {
    cause: error,
    retryable: !permanent,
    details: {
      vendor: 'SMTP',
      smtpCode: responseCode,
      permanent,
      ...(command ? { smtpCommand: command } : {}),
      ...(authFailed ? { auth: true } : {}),
    },
  });
}

/**
 * Maps a nodemailer SMTP failure to a `CaioError` (RES-1..RES-3):
 * - an aborted attempt → the abort reason when it is a `CaioError` (the resilience timeout);
 * - `ETIMEDOUT` (connect, greeting or idle socket timeout, RES-2) → `timeout`;
 * - an SMTP reply: 4yz (and 503) → retryable `vendor_error`, 5yz → non-retryable `vendor_error`,
 *   with `details.smtpCode` (RFC 5321 §4.2.1); 535 names the credentials to fix;
 * - `ENOAUTH` (credentials missing) → `config_invalid`;
 * - connection refused/reset, DNS, TLS failures → retryable `vendor_error` with `details.connection`.
 * Never throws.
 */
export function mapSmtpError(error: unknown, signal?: AbortSignal): CaioError {
  if (isCaioError(error)) return error;
  if (signal?.aborted && isCaioError(signal.reason)) return signal.reason;
  const fields: NodemailerErrorFields = typeof error === 'object' && error !== null ? error : {};
  const code = stringField(fields.code);
  if (typeof fields.responseCode === 'number' && fields.responseCode >= 400) {
    return smtpReplyError(fields, fields.responseCode, error);
  }
  if (code === 'ETIMEDOUT' || code === 'EABORT') {
    return new CaioError('timeout', `The SMTP server did not answer in time (RES-2); it will be retried or skipped.`, {
      cause: error,
      details: { vendor: 'SMTP', ...(stringField(fields.timeoutType) ? { timeoutType: fields.timeoutType } : {}) },
    });
  }
  if (code === 'ENOAUTH') {
    return new CaioError('config_invalid', 'The SMTP server needs credentials: set smtp.user and SMTP_PASSWORD.', {
      cause: error,
    });
  }
  const errorCode = stringField(fields.originalCode) ?? code;
  const message = error instanceof Error ? error.message : String(error);
  return new CaioError(
    'vendor_error',
    `Could not talk to the SMTP server (${errorCode ?? message}); check smtp.host, smtp.port and smtp.secure.`,
    { cause: error, details: { vendor: 'SMTP', connection: true, ...(errorCode ? { errorCode } : {}) } },
  );
}
