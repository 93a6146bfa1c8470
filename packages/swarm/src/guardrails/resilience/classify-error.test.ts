import { describe, expect, it } from 'vitest';
import { CaioError } from '../../domain/errors.js';
import { failureKindOf } from './classify-error.js';

describe('failureKindOf (RES-1: what trips a breaker)', () => {
  it('RES-1: timeouts, 5xx and connection errors are failures', () => {
    expect(failureKindOf(new CaioError('timeout', 'slow'))).toBe('failure');
    expect(failureKindOf(new CaioError('vendor_error', 'down', { details: { status: 503 } }))).toBe('failure');
    expect(failureKindOf(new CaioError('vendor_error', 'refused', { details: { connection: true } }))).toBe('failure');
  });

  it('RES-1: 429 is counted separately and other 4xx never trip the breaker', () => {
    expect(failureKindOf(new CaioError('vendor_error', 'slow down', { details: { status: 429 } }))).toBe(
      'rate_limited',
    );
    expect(failureKindOf(new CaioError('vendor_error', 'bad auth', { details: { status: 401 } }))).toBe('client_error');
  });

  it('RES-1: a permanent SMTP refusal (5yz) is a client error, a transient one (4yz) a failure', () => {
    const permanent = new CaioError('vendor_error', '535', {
      retryable: false,
      details: { smtpCode: 535, permanent: true },
    });
    const transient = new CaioError('vendor_error', '451', { details: { smtpCode: 451, permanent: false } });
    expect(failureKindOf(permanent)).toBe('client_error');
    expect(failureKindOf(transient)).toBe('failure');
  });
});
