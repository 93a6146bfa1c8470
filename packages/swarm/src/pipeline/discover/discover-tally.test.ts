import { describe, expect, it } from 'vitest';
import type { DiscoverChunk } from './discover-chunk.js';
import { addDiscoverChunk, createDiscoverTally } from './discover-tally.js';

const chunk = (overrides: Partial<DiscoverChunk>): DiscoverChunk => ({
  candidates: [],
  updatedCandidates: [],
  rejected: [],
  duplicates: 0,
  rowsRead: 0,
  ...overrides,
});

describe('DiscoverTally', () => {
  it('SPEC 3.1: accumulates rowsRead = imported + duplicates + rejected and keeps every rejection in order', () => {
    const candidate = { rowNumber: 1 } as DiscoverChunk['candidates'][number];
    let tally = createDiscoverTally();
    tally = addDiscoverChunk(
      tally,
      chunk({ candidates: [candidate, candidate], duplicates: 1, rejected: [{ row: 2, reason: 'a' }] }),
    );
    const before = tally;
    tally = addDiscoverChunk(tally, chunk({ duplicates: 2, rejected: [{ row: 9, reason: 'b' }] }));
    expect(tally).toEqual({
      rowsRead: 7,
      imported: 2,
      duplicates: 3,
      rejected: 2,
      rejections: [
        { row: 2, reason: 'a' },
        { row: 9, reason: 'b' },
      ],
    });
    expect(before.rowsRead).toBe(4);
  });
});
