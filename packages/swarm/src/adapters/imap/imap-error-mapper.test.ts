import { describe, expect, it } from 'vitest';
import { CaioError } from '../../domain/errors.js';
import { mapImapError } from './imap-error-mapper.js';

const imapError = (fields: Record<string, unknown>) => Object.assign(new Error('imap failure'), fields);

describe('mapImapError (RES-1, RES-2, RFC 9051, RFC 5530)', () => {
  it('RES-1: a refused login is non-retryable permission_denied', () => {
    const error = mapImapError(
      imapError({ authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED' }),
      'INBOX',
    );
    expect(error).toMatchObject({ code: 'permission_denied', isRetryable: false });
    expect(error.message).toContain('IMAP password');
  });

  it('a missing mailbox is config_invalid naming it', () => {
    expect(mapImapError(imapError({ mailboxMissing: true }), 'Replies').message).toContain('"Replies"');
  });

  it('RES-2: connect, greeting and socket timeouts are timeout', () => {
    for (const code of ['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'ETIMEOUT']) {
      expect(mapImapError(imapError({ code }), 'INBOX')).toMatchObject({ code: 'timeout', isRetryable: true });
    }
  });

  it('throttling is rate_limited with the server back-off', () => {
    expect(mapImapError(imapError({ code: 'ETHROTTLE', throttleReset: 5_000 }), 'INBOX')).toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 5_000,
    });
  });

  it('RFC 5530: NO [UNAVAILABLE] is retryable, other NO/BAD replies are not', () => {
    expect(mapImapError(imapError({ responseStatus: 'NO', serverResponseCode: 'UNAVAILABLE' }), 'INBOX')).toMatchObject(
      { code: 'vendor_error', isRetryable: true },
    );
    expect(mapImapError(imapError({ responseStatus: 'BAD', responseText: 'Syntax error' }), 'INBOX')).toMatchObject({
      code: 'vendor_error',
      isRetryable: false,
    });
  });

  it('RES-1: refused or dropped connections are retryable vendor_error; CaioErrors and abort reasons pass through', () => {
    expect(mapImapError(imapError({ code: 'ECONNREFUSED' }), 'INBOX')).toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { connection: true, errorCode: 'ECONNREFUSED' },
    });
    const reason = new CaioError('timeout', 'imap did not answer within 100 ms');
    const controller = new AbortController();
    controller.abort(reason);
    expect(mapImapError(imapError({ code: 'NoConnection' }), 'INBOX', controller.signal)).toBe(reason);
  });
});
