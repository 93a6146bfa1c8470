import { describe, expect, it } from 'vitest';
import { instantlyConfigSchema } from './instantly-schema.js';

describe('instantly: config (SPEC §3.7)', () => {
  it('defaults to the documented v2 base URL and no sending accounts', () => {
    expect(instantlyConfigSchema.parse(undefined)).toEqual({
      sendingAccounts: [],
      baseUrl: 'https://api.instantly.ai/api/v2',
    });
  });

  it('accepts a campaign id and an explicit sending-account list', () => {
    const parsed = instantlyConfigSchema.parse({
      campaignId: '019cc043-aee6-7ae9-a545-d7de53430e37',
      sendingAccounts: ['ada@mail.example.com'],
    });
    expect(parsed.sendingAccounts).toEqual(['ada@mail.example.com']);
  });

  it('rejects an API key in the file and non-address sending accounts', () => {
    expect(instantlyConfigSchema.safeParse({ apiKey: 'secret' }).success).toBe(false);
    expect(instantlyConfigSchema.safeParse({ sendingAccounts: ['ada'] }).success).toBe(false);
  });
});
