import { describe, expect, it } from 'vitest';
import { verifySharedSecretHeader } from './verify-shared-secret-header.js';

const secret = 'fixture-shared-secret-0123456789';

describe('verifySharedSecretHeader', () => {
  it('WH-11: accepts the exact secret in the header (any case) and refuses a prefix or a wrong value', () => {
    const options = { headerName: 'X-Webhook-Secret', secrets: [secret] };
    expect(verifySharedSecretHeader({ headers: { 'x-webhook-secret': secret } }, options)).toEqual({ ok: true });
    expect(verifySharedSecretHeader({ headers: { 'X-WEBHOOK-SECRET': secret.slice(0, 20) } }, options).ok).toBe(false);
    expect(verifySharedSecretHeader({ headers: {} }, options)).toEqual({ ok: false, reason: 'missing_headers' });
  });

  it('WH-11: refuses to run with a secret shorter than 128 bits', () => {
    expect(() => verifySharedSecretHeader({ headers: {} }, { headerName: 'x-secret', secrets: ['short'] })).toThrow(
      /128 bits/,
    );
  });
});
