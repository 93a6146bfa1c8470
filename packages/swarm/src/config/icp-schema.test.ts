import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { defaultIcpProfile } from '../pipeline/segment/default-icp-profile.js';
import type { IcpProfile } from '../pipeline/segment/icp-profile.js';
import { icpProfileSchema } from './icp-schema.js';

describe('icpProfileSchema (SPEC 3.3 ICP config)', () => {
  it('SPEC 3.3: an empty section yields exactly the default ICP of the segment slice', () => {
    const parsed: IcpProfile = icpProfileSchema.parse({});
    expect(parsed).toEqual(defaultIcpProfile);
  });

  it('SPEC 3.3: defaults are weights 30/25/20/10/5/20, multipliers 1.5/1.2, threshold 80', () => {
    const parsed = icpProfileSchema.parse({});
    expect(parsed.weights).toEqual({
      title: 30,
      industry: 25,
      companySize: 20,
      location: 10,
      completeness: 5,
      intent: 20,
    });
    expect(parsed.multipliers).toEqual({ priorityTitle: 1.5, priorityIndustry: 1.2 });
    expect(parsed.tiers.tier1).toBe(80);
  });

  it('fills defaults inside a partly given section', () => {
    const parsed = icpProfileSchema.parse({ titles: { priority: ['CTO'] }, weights: { title: 40 } });
    expect(parsed.titles.priority).toEqual(['CTO']);
    expect(parsed.titles.seniorityCredit.vp).toBeCloseTo(5 / 6);
    expect(parsed.weights).toMatchObject({ title: 40, industry: 25 });
  });

  it('rejects unknown keys with their path', () => {
    const result = icpProfileSchema.safeParse({ titles: { priorty: ['CEO'] } });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.path).toEqual(['titles']);
    expect(issue && 'keys' in issue ? issue.keys : []).toEqual(['priorty']);
    expect(icpProfileSchema.safeParse({ weights: { titel: 10 } }).success).toBe(false);
    expect(icpProfileSchema.safeParse({ seniorityCredit: {} }).success).toBe(false);
  });

  it('rejects out-of-range values and tiers out of order', () => {
    expect(icpProfileSchema.safeParse({ weights: { title: -1 } }).success).toBe(false);
    expect(icpProfileSchema.safeParse({ industries: { secondaryCredit: 1.5 } }).success).toBe(false);
    expect(icpProfileSchema.safeParse({ multipliers: { priorityTitle: 0 } }).success).toBe(false);
    const tiers = icpProfileSchema.safeParse({ tiers: { tier1: 50 } });
    expect(tiers.success).toBe(false);
    expect(tiers.error?.issues[0]?.path).toEqual(['tiers']);
    const band = icpProfileSchema.safeParse({ companySize: { bands: [{ min: 10, max: 5, credit: 1 }] } });
    expect(band.error?.issues[0]?.path).toEqual(['companySize', 'bands', 0, 'max']);
  });

  it('accepts open-ended size bands', () => {
    const parsed = icpProfileSchema.parse({ companySize: { bands: [{ min: 1000, credit: 1 }] } });
    expect(parsed.companySize.bands).toEqual([{ min: 1000, max: null, credit: 1 }]);
  });

  it('parses the icp section of examples/caio.config.yaml', () => {
    const url = new URL('../../../../examples/caio.config.yaml', import.meta.url);
    const document = parseYaml(readFileSync(url, 'utf8')) as { icp: unknown };
    const parsed = icpProfileSchema.parse(document.icp);
    expect(parsed.industries.priority).toContain('Fintech');
  });
});
