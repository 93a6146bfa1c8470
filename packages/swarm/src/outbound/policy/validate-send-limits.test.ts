import { describe, expect, it } from 'vitest';
import { fixedClock, sendRequest } from './__fixtures__/send-request-fixture.js';
import { sendLimitDefaultsForTest } from './__fixtures__/send-limit-defaults.js';
import { createInMemorySendLedger } from './in-memory-send-ledger.js';
import { createSendDecisions } from './send-decisions.js';
import { validateSendLimits } from './validate-send-limits.js';

const rampOff = { limitPerDay: 5, tiers: ['tier_1'] as const, supervisedDays: 0 };

function setup(ramp = rampOff) {
  const ledger = createInMemorySendLedger();
  const decisions = createSendDecisions();
  const clock = fixedClock('2026-03-02T15:00:00Z');
  const validator = validateSendLimits({ limits: sendLimitDefaultsForTest, ramp, ledger, clock, decisions });
  let sequence = 0;
  const send = async (email: string, mailboxes: string[]) => {
    sequence += 1;
    const request = sendRequest({ email }, { idempotencyKey: `send:${sequence}` });
    decisions.update(request, { mailboxes });
    return { refusal: await validator(request), decision: decisions.get(request) };
  };
  return { ledger, clock, send };
}

describe('validateSendLimits', () => {
  it('EM-7: at most 5 sends per recipient domain per hour; a refusal reserves nothing', async () => {
    const { ledger, clock, send } = setup();
    for (let index = 0; index < 5; index += 1) {
      expect((await send(`p${index}@example.org`, [`m${index}@out.example.com`])).refusal).toBeNull();
    }
    const refused = await send('p5@example.org', ['m5@out.example.com']);
    expect(refused.refusal?.reasonCode).toBe('limit_recipient_domain');
    expect(refused.decision.reservation).toBeUndefined();
    expect(ledger.reservations).toHaveLength(5);
    clock.advance(3_600_000);
    expect((await send('p6@example.org', ['m6@out.example.com'])).refusal).toBeNull();
  });

  it('EM-7: a mailbox inside its 30 s spacing hands the send to the next mailbox in the rotation', async () => {
    const { clock, send } = setup();
    expect(
      (await send('a@example.org', ['one@out.example.com', 'two@out.example.com'])).decision.reservation?.mailbox,
    ).toBe('one@out.example.com');
    clock.advance(10_000);
    const second = await send('b@example.net', ['one@out.example.com', 'two@out.example.com']);
    expect(second.decision.reservation?.mailbox).toBe('two@out.example.com');
    clock.advance(10_000);
    expect((await send('c@example.com', ['one@out.example.com'])).refusal?.reasonCode).toBe('mailbox_spacing');
  });

  it('EM-7: 20 sends per hour across mailboxes, then limit_hourly', async () => {
    const { clock, send } = setup();
    for (let index = 0; index < 20; index += 1) {
      expect((await send(`p@d${index}.example.com`, [`m${index}@out.example.com`])).refusal).toBeNull();
      clock.advance(1000);
    }
    expect((await send('p@d20.example.com', ['m20@out.example.com'])).refusal?.reasonCode).toBe('limit_hourly');
  });

  it('SPEC 3.7: during the supervised ramp the reservation enforces the ramp cap atomically (ramp_limit)', async () => {
    const { clock, send } = setup({ limitPerDay: 2, tiers: ['tier_1'], supervisedDays: 3 });
    expect((await send('a@d1.example.com', ['m1@out.example.com'])).refusal).toBeNull();
    expect((await send('a@d2.example.com', ['m2@out.example.com'])).refusal).toBeNull();
    clock.advance(60_000);
    expect((await send('a@d3.example.com', ['m3@out.example.com'])).refusal?.reasonCode).toBe('ramp_limit');
  });

  it('SPEC 3.7: without a picked mailbox the send is refused no_mailbox', async () => {
    const { send } = setup();
    expect((await send('a@example.com', [])).refusal?.reasonCode).toBe('no_mailbox');
  });
});
