import { describe, expect, it } from 'vitest';
import { parseEmployeeCount } from './employee-count.js';

describe('parseEmployeeCount', () => {
  it.each([
    ['42', 42],
    [' 1,200 ', 1200],
    ['10,000,000', 10_000_000],
    ['1 200', 1200],
    ['51-200', 51],
    ['51 – 200', 51],
    ['1,001-5,000', 1001],
    ['10001+', 10001],
    ['1.2k', 1200],
    ['about 50 employees', 50],
    ['12.6', 13],
  ])('SPEC 3.1: reads %j leniently as %d (a band counts as its lower bound)', (value, count) => {
    expect(parseEmployeeCount(value)).toBe(count);
  });

  it.each([null, '', 'n/a', 'unknown'])('returns null without a number: %j', (value) => {
    expect(parseEmployeeCount(value)).toBeNull();
  });
});
