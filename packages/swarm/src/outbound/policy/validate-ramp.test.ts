import { describe, expect, it } from 'vitest';
import { fixedClock, sendRequest } from './__fixtures__/send-request-fixture.js';
import { createInMemorySendLedger } from './in-memory-send-ledger.js';
import { validateRamp } from './validate-ramp.js';
import { sendLimitDefaultsForTest } from './__fixtures__/send-limit-defaults.js';

const ramp = { limitPerDay: 5, tiers: ['tier_1'] as const, supervisedDays: 3 };

async function ledgerWithSends(count: number, startIso: string) {
  const ledger = createInMemorySendLedger();
  for (let index = 0; index < count; index += 1) {
    await ledger.reserve({
      idempotencyKey: `k${index}`,
      mailboxes: [`m${index}@outreach.example.net`],
      recipientDomain: `d${index}.example.org`,
      at: new Date(new Date(startIso).getTime() + index * 60_000),
      caps: { ...sendLimitDefaultsForTest, rampDaily: null },
    });
  }
  return ledger;
}

describe('validateRamp', () => {
  it('SPEC 3.7: during the supervised days only the ramp tiers are sent (ramp_tier)', async () => {
    const validator = validateRamp({
      ramp,
      ledger: createInMemorySendLedger(),
      clock: fixedClock('2026-03-02T15:00:00Z'),
    });
    expect((await validator(sendRequest({ tier: 'tier_2' })))?.reasonCode).toBe('ramp_tier');
    expect((await validator(sendRequest({ tier: null })))?.reasonCode).toBe('ramp_tier');
    expect(await validator(sendRequest({ tier: 'tier_1' }))).toBeNull();
  });

  it('SPEC 3.7: during the supervised days at most limitPerDay sends per 24 h (ramp_limit)', async () => {
    const ledger = await ledgerWithSends(5, '2026-03-02T09:00:00Z');
    const clock = fixedClock('2026-03-02T15:00:00Z');
    const validator = validateRamp({ ramp, ledger, clock });
    expect((await validator(sendRequest()))?.reasonCode).toBe('ramp_limit');
    clock.set('2026-03-03T09:05:00Z');
    expect(await validator(sendRequest())).toBeNull();
  });

  it('SPEC 3.7: after the supervised days the ramp no longer applies', async () => {
    const ledger = await ledgerWithSends(5, '2026-03-02T09:00:00Z');
    const validator = validateRamp({ ramp, ledger, clock: fixedClock('2026-03-05T09:00:01Z') });
    expect(await validator(sendRequest({ tier: 'tier_3' }))).toBeNull();
  });
});
