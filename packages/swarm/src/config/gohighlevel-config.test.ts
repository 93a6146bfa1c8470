import { describe, expect, it } from 'vitest';
import { goHighLevelConfigSchema } from './gohighlevel-schema.js';
import { resolveGoHighLevelSettings } from './resolve-gohighlevel-settings.js';

describe('gohighlevel config (SPEC §3.7 GoHighLevel nurture email)', () => {
  it('defaults to the LeadConnector host with no location, which leaves GoHighLevel off', () => {
    const config = goHighLevelConfigSchema.parse(undefined);
    expect(config).toEqual({ baseUrl: 'https://services.leadconnectorhq.com' });
    expect(resolveGoHighLevelSettings(config, {})).toBeNull();
  });

  it('takes the token only from GHL_API_TOKEN and rejects a token key in the file', () => {
    const config = goHighLevelConfigSchema.parse({
      locationId: 've9EPM428h8vShlRW1KT',
      emailFrom: 'nurture@news.example.com',
    });
    expect(resolveGoHighLevelSettings(config, { GHL_API_TOKEN: ' pit-abc ' })).toEqual({
      baseUrl: 'https://services.leadconnectorhq.com',
      token: 'pit-abc',
      locationId: 've9EPM428h8vShlRW1KT',
      emailFrom: 'nurture@news.example.com',
    });
    expect(goHighLevelConfigSchema.safeParse({ token: 'pit-abc' }).success).toBe(false);
  });

  it('names the missing half when only the location or only the token is set', () => {
    const withLocation = goHighLevelConfigSchema.parse({ locationId: 've9EPM428h8vShlRW1KT' });
    expect(() => resolveGoHighLevelSettings(withLocation, {})).toThrow(/GHL_API_TOKEN/);
    expect(() => resolveGoHighLevelSettings(goHighLevelConfigSchema.parse({}), { GHL_API_TOKEN: 'pit' })).toThrow(
      /gohighlevel\.locationId/,
    );
  });

  it('rejects a malformed sender, base URL or location id', () => {
    expect(goHighLevelConfigSchema.safeParse({ emailFrom: 'not an address' }).success).toBe(false);
    expect(goHighLevelConfigSchema.safeParse({ baseUrl: 'ftp://example.com' }).success).toBe(false);
    expect(goHighLevelConfigSchema.safeParse({ locationId: 'has spaces' }).success).toBe(false);
  });
});
