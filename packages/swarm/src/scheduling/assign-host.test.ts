import { describe, expect, it } from 'vitest';
import { assignHost, type RoundRobinState } from './assign-host.js';

function assignMany(hostIds: string[], available: string[], count: number, state: RoundRobinState = {}) {
  const picks: (string | undefined)[] = [];
  let current = state;
  for (let index = 0; index < count; index += 1) {
    const result = assignHost({ hostIds, availableHostIds: available, state: current });
    picks.push(result.hostId);
    current = result.state;
  }
  return { picks, state: current };
}

describe('round-robin host assignment (SPEC §7)', () => {
  it('rotates through the hosts in configuration order, each once per cycle', () => {
    const { picks, state } = assignMany(['ada', 'lin', 'sam'], ['ada', 'lin', 'sam'], 7);
    expect(picks).toEqual(['ada', 'lin', 'sam', 'ada', 'lin', 'sam', 'ada']);
    expect(state).toEqual({ lastHostId: 'ada', assignments: { ada: 3, lin: 2, sam: 2 } });
  });

  it('skips hosts with no availability and keeps the rotation for the rest', () => {
    const { picks } = assignMany(['ada', 'lin', 'sam'], ['ada', 'sam'], 4);
    expect(picks).toEqual(['ada', 'sam', 'ada', 'sam']);
    const next = assignHost({
      hostIds: ['ada', 'lin', 'sam'],
      availableHostIds: ['ada', 'lin', 'sam'],
      state: { lastHostId: 'ada' },
    });
    expect(next.hostId).toBe('lin');
  });

  it('is stable: the same state and input give the same pick, and the input state is not mutated', () => {
    const state: RoundRobinState = { lastHostId: 'lin', assignments: { lin: 1 } };
    const input = { hostIds: ['ada', 'lin', 'sam'], availableHostIds: new Set(['ada', 'lin', 'sam']), state };
    expect(assignHost(input)).toEqual(assignHost(input));
    expect(assignHost(input).hostId).toBe('sam');
    expect(state).toEqual({ lastHostId: 'lin', assignments: { lin: 1 } });
  });

  it('survives hosts being added or removed: the turn follows the id, not a position', () => {
    expect(
      assignHost({
        hostIds: ['ada', 'kim', 'lin', 'sam'],
        availableHostIds: ['ada', 'kim', 'lin', 'sam'],
        state: { lastHostId: 'lin' },
      }).hostId,
    ).toBe('sam');
    expect(
      assignHost({ hostIds: ['ada', 'sam'], availableHostIds: ['ada', 'sam'], state: { lastHostId: 'lin' } }).hostId,
    ).toBe('ada');
  });

  it('reports NO_ELIGIBLE_HOST (escalate) when nobody has availability, leaving the state unchanged', () => {
    const state: RoundRobinState = { lastHostId: 'ada' };
    expect(assignHost({ hostIds: ['ada', 'lin'], availableHostIds: [], state })).toEqual({
      hostId: undefined,
      reason: 'NO_ELIGIBLE_HOST',
      state,
    });
    expect(assignHost({ hostIds: [], availableHostIds: ['ada'], state: {} }).hostId).toBeUndefined();
  });

  it('is fair over many assignments with changing availability: counts differ by at most one among always-available hosts', () => {
    let state: RoundRobinState = {};
    const hostIds = ['ada', 'lin', 'sam', 'kim'];
    for (let round = 0; round < 400; round += 1) {
      // kim is available only every third request; the others always.
      const available = round % 3 === 0 ? hostIds : ['ada', 'lin', 'sam'];
      state = assignHost({ hostIds, availableHostIds: available, state }).state;
    }
    const counts = ['ada', 'lin', 'sam'].map((id) => state.assignments?.[id] ?? 0);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(state.assignments?.['kim']).toBeGreaterThan(0);
  });
});
