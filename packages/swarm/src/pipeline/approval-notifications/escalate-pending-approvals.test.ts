import { describe, expect, it } from 'vitest';
import { escalatePendingApprovals, escalationOnceKey } from './escalate-pending-approvals.js';

const createdAt = new Date('2026-11-22T08:00:00Z');
const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);
const round = (minutes: number, urgent: boolean, alreadySent: ReadonlySet<string> = new Set()) =>
  escalatePendingApprovals({ now: at(minutes), pending: [{ approvalId: 'a1', createdAt, urgent }], alreadySent });

describe('escalatePendingApprovals (SPEC 3.6 timeouts)', () => {
  it('SPEC 3.6: default approvals escalate at 2/4/6 h with Slack, + SMS, + email', () => {
    expect(round(119, false)).toEqual({ notifications: [], expired: [] });
    expect(round(120, false).notifications).toEqual([
      { approvalId: 'a1', level: 1, channels: ['slack'], onceKey: 'escalation:a1:1' },
    ]);
    expect(round(240, false).notifications).toMatchObject([{ level: 2, channels: ['slack', 'sms'] }]);
    expect(round(360, false).notifications).toMatchObject([{ level: 3, channels: ['slack', 'sms', 'email'] }]);
  });

  it('SPEC 3.6: urgent approvals escalate at 30/60/90 min', () => {
    expect(round(29, true).notifications).toEqual([]);
    expect(round(30, true).notifications).toMatchObject([{ level: 1 }]);
    expect(round(60, true).notifications).toMatchObject([{ level: 2 }]);
    expect(round(90, true).notifications).toMatchObject([{ level: 3 }]);
  });

  it('SPEC 3.6: each (approval, level) is sent once; a missed lower level is covered by the current one', () => {
    expect(round(130, false, new Set([escalationOnceKey('a1', 1)])).notifications).toEqual([]);
    expect(round(370, false, new Set([escalationOnceKey('a1', 1)])).notifications).toMatchObject([{ level: 3 }]);
  });

  it('SPEC 3.6: after level 3 has had its period the approval expires (never a rejection), with no notification', () => {
    expect(round(479, false).expired).toEqual([]);
    expect(round(480, false)).toEqual({ notifications: [], expired: ['a1'] });
    expect(round(120, true)).toEqual({ notifications: [], expired: ['a1'] });
  });

  it('SPEC 3.6: configured timeouts replace the defaults', () => {
    const result = escalatePendingApprovals({
      now: at(10),
      pending: [{ approvalId: 'a1', createdAt, urgent: false }],
      alreadySent: new Set(),
      timeouts: { defaultMs: 5 * 60_000 },
    });
    expect(result.notifications).toMatchObject([{ level: 2 }]);
  });
});
