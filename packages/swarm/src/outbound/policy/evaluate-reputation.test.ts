import { describe, expect, it } from 'vitest';
import { evaluateReputation } from './evaluate-reputation.js';

const windowStart = new Date('2026-03-01T00:00:00Z');
const verdict = (sent: number, bounced: number, complained: number) =>
  evaluateReputation({ sent, bounced, complained, windowStart });

describe('evaluateReputation (EM-6)', () => {
  it('EM-6: hard bounces ≥ 5% pause the domain; 4.9% only warns and halves volume', () => {
    expect(verdict(1000, 50, 0)).toMatchObject({
      state: 'tripped',
      reason: expect.stringContaining('hard bounces 5.00%'),
    });
    expect(verdict(1000, 49, 0)).toMatchObject({
      state: 'ok',
      volumeFactor: 0.5,
      warning: expect.stringContaining('4.90%'),
    });
  });

  it('EM-6: hard bounces ≥ 2% warn; 1.9% is ok at full volume', () => {
    expect(verdict(1000, 20, 0)).toMatchObject({ state: 'ok', volumeFactor: 0.5 });
    expect(verdict(1000, 19, 0)).toEqual(
      expect.objectContaining({ state: 'ok', volumeFactor: 1, warning: null, reason: null }),
    );
  });

  it('EM-6: spam complaints ≥ 0.30% pause; ≥ 0.10% warn and halve volume; below is ok', () => {
    expect(verdict(1000, 0, 3)).toMatchObject({
      state: 'tripped',
      reason: expect.stringContaining('spam complaints 0.30%'),
    });
    expect(verdict(1000, 0, 2)).toMatchObject({
      state: 'ok',
      volumeFactor: 0.5,
      warning: expect.stringContaining('0.20%'),
    });
    expect(verdict(1000, 0, 1)).toMatchObject({ state: 'ok', volumeFactor: 0.5 });
    expect(verdict(1001, 0, 1)).toMatchObject({ state: 'ok', volumeFactor: 1 });
  });

  it('EM-6: below 100 sends the rate divides by 100, so one bounce cannot trip but five can', () => {
    expect(verdict(3, 1, 0)).toMatchObject({ state: 'ok', bounceRate: 0.01, volumeFactor: 1 });
    expect(verdict(30, 5, 0)).toMatchObject({ state: 'tripped', bounceRate: 0.05 });
    expect(verdict(0, 0, 0)).toMatchObject({ state: 'ok', bounceRate: 0, complaintRate: 0 });
  });

  it('EM-6: the reason names the figures and the window start', () => {
    expect(verdict(400, 21, 0).reason).toContain(
      '21 hard bounce(s), 0 complaint(s), 400 sent since 2026-03-01T00:00:00.000Z',
    );
  });
});
