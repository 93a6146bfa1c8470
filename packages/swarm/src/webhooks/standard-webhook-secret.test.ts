import { describe, expect, it } from 'vitest';
import { decodeStandardWebhookSecret } from './standard-webhook-secret.js';

describe('decodeStandardWebhookSecret', () => {
  it('WH-2: whsec_ secrets are base64-decoded; a malformed one is refused, never thrown', () => {
    expect(decodeStandardWebhookSecret(`whsec_${Buffer.from('key-bytes').toString('base64')}`)).toEqual(
      new Uint8Array(Buffer.from('key-bytes')),
    );
    expect(decodeStandardWebhookSecret('whsec_not base64!')).toBeUndefined();
    expect(decodeStandardWebhookSecret('whsec_abcde')).toBeUndefined();
    expect(decodeStandardWebhookSecret('whsec_')).toBeUndefined();
    expect(decodeStandardWebhookSecret('')).toBeUndefined();
  });

  it('WH-2: a bare non-base64 secret is used as its UTF-8 bytes', () => {
    expect(decodeStandardWebhookSecret('raw-secret_123')).toEqual(new TextEncoder().encode('raw-secret_123'));
    expect(decodeStandardWebhookSecret('secret123')).toEqual(new TextEncoder().encode('secret123'));
  });
});
