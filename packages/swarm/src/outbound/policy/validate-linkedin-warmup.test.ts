import { describe, expect, it } from 'vitest';
import type { LinkedInSendCounter } from '../../ports/linkedin-send-counter.js';
import { fixedClock, sendRequest } from './__fixtures__/send-request-fixture.js';
import { defaultLinkedInWarmup } from './linkedin-warmup.js';
import { createSendDecisions } from './send-decisions.js';
import { validateLinkedInWarmup } from './validate-linkedin-warmup.js';

/** A counter over fixed send instants that records the questions it was asked. */
function sendsAt(instants: readonly string[]): LinkedInSendCounter & { asked: { accountId: string; since: string }[] } {
  const asked: { accountId: string; since: string }[] = [];
  return {
    asked,
    countLinkedInSendsSince: async (accountId, since) => {
      asked.push({ accountId, since: since.toISOString() });
      return instants.filter((instant) => new Date(instant) >= since).length;
    },
  };
}
/** `count` send instants one minute apart from 00:00 UTC of `day` (count ≤ 60). */
const times = (count: number, day: string) =>
  Array.from({ length: count }, (_, index) => `${day}T00:${String(index).padStart(2, '0')}:00Z`);
const linkedin = sendRequest({}, { channel: 'linkedin', platform: 'heyreach' });
const accountStartedAt = new Date('2026-03-02T12:00:00Z');

describe('validateLinkedInWarmup (SPEC 3.7 HeyReach warm-up)', () => {
  it('SPEC 3.7: day 0 refuses the 6th LinkedIn send of the UTC day with linkedin_warmup_limit and retryAt next 00:00 UTC', async () => {
    const sends = sendsAt(times(5, '2026-03-02'));
    const decisions = createSendDecisions();
    const validator = validateLinkedInWarmup({
      settings: defaultLinkedInWarmup,
      accountId: '9001',
      accountStartedAt,
      sends,
      clock: fixedClock('2026-03-02T15:00:00Z'),
      decisions,
    });
    const refusal = await validator(linkedin);
    expect(refusal).toMatchObject({ reasonCode: 'linkedin_warmup_limit', retryAt: new Date('2026-03-03T00:00:00Z') });
    expect(decisions.get(linkedin).retryAt).toEqual(new Date('2026-03-03T00:00:00Z'));
    expect(sends.asked).toEqual([{ accountId: '9001', since: '2026-03-02T00:00:00.000Z' }]);
  });

  it("SPEC 3.7: yesterday's sends do not count; 4 sends today on day 27 still pass", async () => {
    const sends = sendsAt([...times(9, '2026-03-28'), ...times(4, '2026-03-29')]);
    const validator = validateLinkedInWarmup({
      settings: defaultLinkedInWarmup,
      accountId: '9001',
      accountStartedAt,
      sends,
      clock: fixedClock('2026-03-29T16:00:00Z'),
    });
    expect(await validator(linkedin)).toBeNull();
  });

  it('SPEC 3.7: from day 28 the account may send 20, and the 21st is refused with linkedin_daily_ceiling', async () => {
    const clock = fixedClock('2026-03-30T10:00:00Z');
    const nineteen = validateLinkedInWarmup({
      settings: defaultLinkedInWarmup,
      accountId: '9001',
      accountStartedAt,
      sends: sendsAt(times(19, '2026-03-30')),
      clock,
    });
    expect(await nineteen(linkedin)).toBeNull();
    const twenty = validateLinkedInWarmup({
      settings: defaultLinkedInWarmup,
      accountId: '9001',
      accountStartedAt,
      sends: sendsAt(times(20, '2026-03-30')),
      clock,
    });
    expect(await twenty(linkedin)).toMatchObject({
      reasonCode: 'linkedin_daily_ceiling',
      retryAt: new Date('2026-03-31T00:00:00Z'),
    });
  });

  it('SPEC 3.7: on day 60 a configured ceiling below 20 is the cap', async () => {
    const validator = validateLinkedInWarmup({
      settings: { ...defaultLinkedInWarmup, dailyCeiling: 10 },
      accountId: '9001',
      accountStartedAt,
      sends: sendsAt(times(10, '2026-05-01')),
      clock: fixedClock('2026-05-01T10:00:00Z'),
    });
    expect(await validator(linkedin)).toMatchObject({ reasonCode: 'linkedin_daily_ceiling' });
  });

  it('email sends are not counted against the LinkedIn ceiling', async () => {
    const sends = sendsAt(times(50, '2026-03-02'));
    const validator = validateLinkedInWarmup({
      settings: defaultLinkedInWarmup,
      accountId: '9001',
      accountStartedAt,
      sends,
      clock: fixedClock('2026-03-02T15:00:00Z'),
    });
    expect(await validator(sendRequest())).toBeNull();
    expect(sends.asked).toEqual([]);
  });
});
