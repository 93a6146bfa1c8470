import { describe, expect, it } from 'vitest';
import { seededSample } from './seeded-sample.js';

const items = Array.from({ length: 100 }, (_, index) => index);

describe('seededSample (SPEC §18 drafts export --sample N --seed K)', () => {
  it('the same seed gives the same sample; another seed gives another', () => {
    expect(seededSample(items, 10, 7)).toEqual(seededSample(items, 10, 7));
    expect(seededSample(items, 10, 7)).not.toEqual(seededSample(items, 10, 8));
  });

  it('draws N distinct items from the input, or all of them when there are fewer', () => {
    const sample = seededSample(items, 25, 42);
    expect(sample).toHaveLength(25);
    expect(new Set(sample).size).toBe(25);
    for (const item of sample) expect(items).toContain(item);
    expect(seededSample([1, 2, 3], 10, 1).sort()).toEqual([1, 2, 3]);
    expect(seededSample(items, 0, 1)).toEqual([]);
  });

  it('is not just the first N items (it is a random sample)', () => {
    expect(seededSample(items, 10, 3)).not.toEqual(items.slice(0, 10));
  });
});
