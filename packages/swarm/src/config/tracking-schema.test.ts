import { describe, expect, it } from 'vitest';
import { trackingConfigSchema } from './tracking-schema.js';

describe('tracking config (SPEC §4: off by default)', () => {
  it('defaults to opens and clicks off with no base URL', () => {
    expect(trackingConfigSchema.parse(undefined)).toEqual({ opens: false, clicks: false });
    expect(trackingConfigSchema.parse({})).toEqual({ opens: false, clicks: false });
  });

  it('needs an https baseUrl when opens or clicks is on, with a message naming the keys', () => {
    const missing = trackingConfigSchema.safeParse({ opens: true, clicks: true });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toMatch(/tracking\.opens and tracking\.clicks need tracking\.baseUrl/);
    expect(missing.error?.issues[0]?.path).toEqual(['baseUrl']);
    const plainHttp = trackingConfigSchema.safeParse({ clicks: true, baseUrl: 'http://caio.example.com' });
    expect(plainHttp.error?.issues[0]?.message).toMatch(/https:\/\//);
    expect(trackingConfigSchema.parse({ clicks: true, baseUrl: 'https://caio.example.com' })).toEqual({
      opens: false,
      clicks: true,
      baseUrl: 'https://caio.example.com',
    });
  });

  it('rejects unknown keys', () => {
    expect(trackingConfigSchema.safeParse({ pixels: true }).success).toBe(false);
  });
});
