import { CaioError, isCaioError } from '../../domain/errors.js';

/** The fields imapflow attaches to its errors (`ImapFlowError`), read defensively. */
interface ImapFlowErrorFields {
  code?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  mailboxMissing?: unknown;
  responseStatus?: unknown;
  responseText?: unknown;
  serverResponseCode?: unknown;
  throttleReset?: unknown;
}

const timeoutCodes = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT']);
/** RFC 5530 response codes that say "try again later". */
const transientResponseCodes = new Set(['UNAVAILABLE', 'INUSE', 'LIMIT', 'SERVERBUG', 'OVERQUOTA']);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : undefined;
}

/**
 * Maps an imapflow failure to a `CaioError` (RES-1, RES-2; RFC 9051 tagged NO/BAD; RFC 5530 codes):
 * - the attempt's abort reason when it is a `CaioError` (the resilience timeout);
 * - login refused (`authenticationFailed`) → non-retryable `permission_denied` naming the credentials;
 * - mailbox missing → `config_invalid` naming `imap.mailbox`;
 * - connect, greeting, upgrade or socket timeout → `timeout`;
 * - `ETHROTTLE` → `rate_limited` with `retryAfterMs` from the server's back-off;
 * - a NO/BAD reply → `vendor_error`, retryable only for RFC 5530 UNAVAILABLE/INUSE/LIMIT/SERVERBUG/OVERQUOTA;
 * - TLS failure → non-retryable `vendor_error` (check `imap.secure`);
 * - everything else (refused, reset, DNS, closed) → retryable `vendor_error` with `details.connection`.
 * Never throws.
 */
export function mapImapError(error: unknown, mailbox: string, signal?: AbortSignal): CaioError {
  if (isCaioError(error)) return error;
  if (signal?.aborted && isCaioError(signal.reason)) return signal.reason;
  const fields: ImapFlowErrorFields = typeof error === 'object' && error !== null ? error : {};
  const code = text(fields.code);
  const serverCode = text(fields.serverResponseCode);
  const base = {
    vendor: 'IMAP',
    ...(code ? { errorCode: code } : {}),
    ...(serverCode ? { imapCode: serverCode } : {}),
  };
  if (fields.authenticationFailed === true) {
    return new CaioError(
      'permission_denied',
      'The IMAP server refused the login: check imap.user and the IMAP password.',
      {
        cause: error,
        retryable: false,
        details: base,
      },
    );
  }
  if (fields.mailboxMissing === true || code === 'NotFound') {
    return new CaioError('config_invalid', `The IMAP mailbox "${mailbox}" does not exist; fix imap.mailbox.`, {
      cause: error,
      details: base,
    });
  }
  if (code !== undefined && timeoutCodes.has(code)) {
    return new CaioError('timeout', 'The IMAP server did not answer in time (RES-2); the poll will run again.', {
      cause: error,
      details: base,
    });
  }
  if (code === 'ETHROTTLE') {
    const retryAfterMs = typeof fields.throttleReset === 'number' ? fields.throttleReset : 60_000;
    return new CaioError('rate_limited', 'The IMAP server is throttling this account; wait before polling again.', {
      cause: error,
      retryAfterMs,
      details: base,
    });
  }
  const status = text(fields.responseStatus);
  if (status === 'NO' || status === 'BAD') {
    const transient = serverCode !== undefined && transientResponseCodes.has(serverCode);
    return new CaioError(
      'vendor_error',
      `The IMAP server answered ${status}: ${text(fields.responseText) ?? 'no text'}.`,
      {
        cause: error,
        retryable: transient,
        details: { ...base, responseStatus: status },
      },
    );
  }
  if (fields.tlsFailed === true) {
    return new CaioError(
      'vendor_error',
      'TLS with the IMAP server failed; check imap.secure, imap.port and the certificate.',
      {
        cause: error,
        retryable: false,
        details: base,
      },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CaioError(
    'vendor_error',
    `Could not talk to the IMAP server (${code ?? message}); check imap.host and imap.port.`,
    { cause: error, details: { ...base, connection: true } },
  );
}
