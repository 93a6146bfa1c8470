import { describe, expect, it } from 'vitest';
import type { ReputationCounts, ReputationPause, ReputationStats } from '../../ports/reputation-stats.js';
import { fixedClock, sendRequest } from './__fixtures__/send-request-fixture.js';
import { createSendDecisions } from './send-decisions.js';
import { validateReputation } from './validate-reputation.js';

/** In-memory {@link ReputationStats}: fixed counts per domain; records pauses and the `since` asked for. */
function memoryStats(counts: Record<string, ReputationCounts>, pauses: ReputationPause[] = []) {
  const asked: { domain: string; since: Date }[] = [];
  const stats: ReputationStats = {
    countsFor: async (domain, since) => {
      asked.push({ domain, since });
      return counts[domain] ?? { sent: 0, bounced: 0, complained: 0 };
    },
    latestPause: async (domain) => pauses.filter((pause) => pause.sendingDomain === domain).at(-1) ?? null,
    pause: async (entry) => {
      if (pauses.some((pause) => pause.sendingDomain === entry.sendingDomain && pause.resumedAt === null)) return;
      pauses.push({ ...entry, pausedAt: entry.at, resumedAt: null, resumedBy: null });
    },
    resume: async () => false,
  };
  return { stats, pauses, asked };
}

const now = '2026-03-02T15:00:00Z';
const mailboxes = ['ana@one.example.com', 'bo@two.example.com', 'cy@one.example.com'];

function setup(stats: ReputationStats) {
  const decisions = createSendDecisions();
  const request = sendRequest();
  decisions.update(request, { mailboxes });
  const validator = validateReputation({ stats, clock: fixedClock(now), decisions, mailboxDaily: 30 });
  return { validator, decisions, request };
}

describe('validateReputation (EM-6)', () => {
  it('EM-6: healthy domains pass and keep the rotation', async () => {
    const { stats, asked } = memoryStats({ 'one.example.com': { sent: 200, bounced: 1, complained: 0 } });
    const { validator, decisions, request } = setup(stats);
    expect(await validator(request)).toBeNull();
    expect(decisions.get(request).mailboxes).toEqual(mailboxes);
    expect(asked[0]?.since).toEqual(new Date('2026-03-01T15:00:00Z'));
  });

  it('EM-6: a domain over 5% hard bounces is paused (recorded) and dropped from the rotation', async () => {
    const { stats, pauses } = memoryStats({ 'one.example.com': { sent: 200, bounced: 10, complained: 0 } });
    const { validator, decisions, request } = setup(stats);
    expect(await validator(request)).toBeNull();
    expect(decisions.get(request).mailboxes).toEqual(['bo@two.example.com']);
    expect(pauses).toEqual([expect.objectContaining({ sendingDomain: 'one.example.com', resumedAt: null })]);
  });

  it('EM-6: when every domain is paused the send is refused with reputation_breaker; the pause holds after counts recover', async () => {
    const tripping = { sent: 1000, bounced: 0, complained: 3 };
    const { stats, pauses } = memoryStats({ 'one.example.com': tripping, 'two.example.com': tripping });
    const first = setup(stats);
    expect(await first.validator(first.request)).toMatchObject({ reasonCode: 'reputation_breaker' });
    expect(pauses).toHaveLength(2);
    const recovered = memoryStats({}, pauses);
    const second = setup(recovered.stats);
    expect(await second.validator(second.request)).toMatchObject({
      reasonCode: 'reputation_breaker',
      message: expect.stringContaining('Resume it after review'),
    });
  });

  it('EM-6: after a human resume the window starts at the resume, not 24 h back', async () => {
    const resumedAt = new Date('2026-03-02T12:00:00Z');
    const pause: ReputationPause = {
      sendingDomain: 'one.example.com',
      reason: 'bounces',
      counts: { sent: 100, bounced: 9, complained: 0 },
      pausedAt: new Date('2026-03-02T09:00:00Z'),
      resumedAt,
      resumedBy: 'ops',
    };
    const { stats, asked } = memoryStats({}, [pause]);
    const { validator, request } = setup(stats);
    expect(await validator(request)).toBeNull();
    expect(asked.find((entry) => entry.domain === 'one.example.com')?.since).toEqual(resumedAt);
  });

  it('EM-6: a warned domain (hard bounces ≥ 2%) sends at most half its daily volume', async () => {
    // one.example.com: 2 mailboxes × 30/day, halved = 30; two.example.com: 1 × 30, halved = 15.
    const warned = (sent: number) => ({ sent, bounced: 2, complained: 0 });
    const under = memoryStats({ 'one.example.com': warned(29), 'two.example.com': warned(15) });
    const first = setup(under.stats);
    expect(await first.validator(first.request)).toBeNull();
    expect(first.decisions.get(first.request).mailboxes).toEqual(['ana@one.example.com', 'cy@one.example.com']);
    const atCap = memoryStats({ 'one.example.com': warned(30), 'two.example.com': warned(15) });
    const second = setup(atCap.stats);
    expect(await second.validator(second.request)).toMatchObject({
      reasonCode: 'reputation_volume_halved',
      message: expect.stringContaining('30/30'),
    });
    expect(atCap.pauses).toHaveLength(0);
  });

  it('passes untouched when no mailbox was picked', async () => {
    const { stats, asked } = memoryStats({});
    const decisions = createSendDecisions();
    const validator = validateReputation({ stats, clock: fixedClock(now), decisions, mailboxDaily: 30 });
    expect(await validator(sendRequest())).toBeNull();
    expect(asked).toHaveLength(0);
  });
});
