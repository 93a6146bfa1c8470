import { describe, expect, it } from 'vitest';
import { collectInstantlyPages } from './collect-instantly-pages.js';

describe('Instantly cursor pagination (starting_after / next_starting_after)', () => {
  it('stops on a null cursor and passes each cursor on', async () => {
    const cursors: (string | undefined)[] = [];
    const pages = {
      start: { items: [1, 2], next: 'b' },
      b: { items: [3, 4], next: 'd' },
      d: { items: [5], next: null },
    };
    const items = await collectInstantlyPages(async (startingAfter) => {
      cursors.push(startingAfter);
      const page = pages[(startingAfter ?? 'start') as keyof typeof pages];
      return { items: page.items, nextStartingAfter: page.next };
    });
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(cursors).toEqual([undefined, 'b', 'd']);
  });

  it('stops early once an item matches', async () => {
    let calls = 0;
    const items = await collectInstantlyPages(
      async () => {
        calls += 1;
        return { items: [calls], nextStartingAfter: `c${calls}` };
      },
      (item) => item === 2,
    );
    expect(items).toEqual([1, 2]);
  });

  it('RES-2: a vendor repeating its cursor is a malformed vendor_error, not an endless loop', async () => {
    await expect(collectInstantlyPages(async () => ({ items: [1], nextStartingAfter: 'same' }))).rejects.toMatchObject({
      code: 'vendor_error',
      details: { malformed: true },
    });
  });
});
