import { describe, expect, it } from 'vitest';
import { selectProposals } from './proposal-selection.js';
import type { Slot } from './slot.js';

const slot = (start: string, prospectPreferred: boolean): Slot => ({
  start,
  end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
  host: { date: start.slice(0, 10), time: start.slice(11, 16), offset: '+00:00' },
  prospect: { date: start.slice(0, 10), time: start.slice(11, 16), offset: '+00:00' },
  prospectPreferred,
});
const starts = (slots: Slot[]): string[] => slots.map((entry) => entry.start.slice(5, 16));

describe('§6.5 proposal selection', () => {
  it('§6.5 rule 3a: day spread takes the earliest slot of each prospect-local date first', () => {
    const available = [
      '2026-01-05T09:00:00.000Z',
      '2026-01-05T09:30:00.000Z',
      '2026-01-06T13:00:00.000Z',
      '2026-01-07T10:00:00.000Z',
    ].map((start) => slot(start, true));
    expect(starts(selectProposals(available, 3))).toEqual(['01-05T09:00', '01-06T13:00', '01-07T10:00']);
  });
  it('§6.5 rule 3b: spacing picks slots at least 120 minutes from every pick before filling', () => {
    const available = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00'].map((time) =>
      slot(`2026-01-05T${time}:00.000Z`, true),
    );
    expect(starts(selectProposals(available, 3))).toEqual(['01-05T09:00', '01-05T09:30', '01-05T11:00']);
  });
  it('§6.5 rule 3c: fill takes anything left in ascending order', () => {
    const available = ['09:00', '09:30', '10:00'].map((time) => slot(`2026-01-05T${time}:00.000Z`, true));
    expect(starts(selectProposals(available, 3))).toEqual(['01-05T09:00', '01-05T09:30', '01-05T10:00']);
  });
  it('§6.5 rule 2: non-preferred slots are used only when the preferred tier gives fewer than max', () => {
    const available = [
      slot('2026-01-05T06:00:00.000Z', false),
      slot('2026-01-05T09:00:00.000Z', true),
      slot('2026-01-06T06:00:00.000Z', false),
    ];
    expect(starts(selectProposals(available, 1))).toEqual(['01-05T09:00']);
    const three = selectProposals(available, 3);
    expect(starts(three)).toEqual(['01-05T06:00', '01-05T09:00', '01-06T06:00']);
  });
  it('§6.5 rule 4 / proposals-subset-and-count: picks are sorted ascending and clamped to 1..5', () => {
    const available = Array.from({ length: 12 }, (_, index) =>
      slot(new Date(Date.UTC(2026, 0, 5 + index, 9)).toISOString(), index % 2 === 0),
    );
    const picks = selectProposals(available, 50);
    expect(picks).toHaveLength(5);
    expect([...picks].sort((left, right) => left.start.localeCompare(right.start))).toEqual(picks);
    expect(picks.every((pick) => available.includes(pick))).toBe(true);
    expect(selectProposals([], 3)).toEqual([]);
  });
});
