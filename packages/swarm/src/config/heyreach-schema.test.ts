import { describe, expect, it } from 'vitest';
import { heyReachConfigSchema, readHeyReachApiKey } from './heyreach-schema.js';

describe('heyreach config section (SPEC 3.7 HeyReach)', () => {
  it('SPEC 3.7: defaults are warm-up 5/day for 4 weeks, then a 20/day ceiling, with no campaign configured', () => {
    expect(heyReachConfigSchema.parse(undefined)).toEqual({ dailyCeiling: 20, warmupPerDay: 5, warmupWeeks: 4 });
  });

  it('reads ids, the account start date and overrides', () => {
    expect(
      heyReachConfigSchema.parse({
        listId: 555123,
        campaignId: 274079,
        linkedInAccountId: 113298,
        accountStartedAt: '2026-03-02',
        dailyCeiling: 15,
      }),
    ).toEqual({
      listId: 555123,
      campaignId: 274079,
      linkedInAccountId: 113298,
      accountStartedAt: '2026-03-02',
      dailyCeiling: 15,
      warmupPerDay: 5,
      warmupWeeks: 4,
    });
    expect(heyReachConfigSchema.parse({ accountStartedAt: '2026-03-02T09:30:00Z' }).accountStartedAt).toBe(
      '2026-03-02T09:30:00Z',
    );
  });

  it('rejects an API key in the file, non-numeric ids and a non-ISO start date', () => {
    expect(heyReachConfigSchema.safeParse({ apiKey: 'secret' }).success).toBe(false);
    expect(heyReachConfigSchema.safeParse({ campaignId: '274079' }).success).toBe(false);
    const badDate = heyReachConfigSchema.safeParse({ accountStartedAt: '02/03/2026' });
    expect(badDate.success).toBe(false);
    expect(JSON.stringify(badDate.error?.issues)).toContain('heyreach.accountStartedAt');
  });

  it('the API key comes only from HEYREACH_API_KEY, trimmed; blank is unset', () => {
    expect(readHeyReachApiKey({ HEYREACH_API_KEY: ' key-123 ' })).toBe('key-123');
    expect(readHeyReachApiKey({ HEYREACH_API_KEY: '  ' })).toBeUndefined();
    expect(readHeyReachApiKey({})).toBeUndefined();
  });
});
