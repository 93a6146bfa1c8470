import { describe, expect, it } from 'vitest';
import { clayConfigSchema, readClayToken } from './clay-schema.js';

describe('clay config (SPEC §3.2 Clay enrichment requests)', () => {
  it('defaults to off with maxPerRun 100', () => {
    expect(clayConfigSchema.parse(undefined)).toEqual({ maxPerRun: 100 });
  });

  it('accepts an https table webhook URL and rejects http, a token key and a zero limit', () => {
    const url = 'https://api.clay.example.com/api/v1/webhooks/source/abc';
    expect(clayConfigSchema.parse({ tableWebhookUrl: url }).tableWebhookUrl).toBe(url);
    expect(clayConfigSchema.safeParse({ tableWebhookUrl: 'http://clay.example.com/hook' }).success).toBe(false);
    expect(clayConfigSchema.safeParse({ token: 'secret' }).success).toBe(false);
    expect(clayConfigSchema.safeParse({ maxPerRun: 0 }).success).toBe(false);
  });

  it('reads the token only from CLAY_WEBHOOK_TOKEN, trimmed, blank as unset', () => {
    expect(readClayToken({ CLAY_WEBHOOK_TOKEN: ' abc ' })).toBe('abc');
    expect(readClayToken({ CLAY_WEBHOOK_TOKEN: '  ' })).toBeUndefined();
    expect(readClayToken({})).toBeUndefined();
  });
});
