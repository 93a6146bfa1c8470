import { describe, expect, it } from 'vitest';
import { planEscalation } from './plan-escalation.js';

const createdAt = new Date('2026-01-05T09:00:00Z');
const after = (minutes: number): Date => new Date(createdAt.getTime() + minutes * 60_000);

describe('planEscalation (SPEC 3.6 timeouts and escalation)', () => {
  it('SPEC 3.6: default timeout 2 h — nothing before, level 1 Slack at 2 h, level 2 +SMS at 4 h, level 3 +email at 6 h', () => {
    expect(planEscalation({ createdAt, urgent: false, now: after(119) })).toEqual({
      level: 0,
      channels: [],
      timeoutMs: 7_200_000,
      nextLevelAt: after(120),
    });
    expect(planEscalation({ createdAt, urgent: false, now: after(120) })).toMatchObject({
      level: 1,
      channels: ['slack'],
      nextLevelAt: after(240),
    });
    expect(planEscalation({ createdAt, urgent: false, now: after(240) })).toMatchObject({
      level: 2,
      channels: ['slack', 'sms'],
    });
    expect(planEscalation({ createdAt, urgent: false, now: after(360) })).toMatchObject({
      level: 3,
      channels: ['slack', 'sms', 'email'],
      nextLevelAt: null,
    });
    expect(planEscalation({ createdAt, urgent: false, now: after(10_000) }).level).toBe(3);
  });

  it('SPEC 3.6: urgent items time out after 30 min and escalate every 30 min', () => {
    expect(planEscalation({ createdAt, urgent: true, now: after(29) }).level).toBe(0);
    expect(planEscalation({ createdAt, urgent: true, now: after(30) })).toMatchObject({
      level: 1,
      timeoutMs: 1_800_000,
    });
    expect(planEscalation({ createdAt, urgent: true, now: after(60) }).channels).toEqual(['slack', 'sms']);
    expect(planEscalation({ createdAt, urgent: true, now: after(90) }).channels).toEqual(['slack', 'sms', 'email']);
  });

  it('honours configured timeouts and treats a clock behind createdAt as level 0', () => {
    expect(planEscalation({ createdAt, urgent: false, now: after(10), timeouts: { defaultMs: 600_000 } }).level).toBe(
      1,
    );
    expect(planEscalation({ createdAt, urgent: false, now: after(-5) }).level).toBe(0);
  });

  it('rejects invalid dates and non-positive timeouts', () => {
    expect(() => planEscalation({ createdAt: new Date('nope'), urgent: false, now: after(0) })).toThrow(/valid/);
    expect(() => planEscalation({ createdAt, urgent: true, now: after(0), timeouts: { urgentMs: 0 } })).toThrow(
      /positive/,
    );
  });
});
