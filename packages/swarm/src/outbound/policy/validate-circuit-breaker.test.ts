import { describe, expect, it } from 'vitest';
import type { BreakerState } from '../../ports/breaker-state-store.js';
import { fixedClock, sendRequest } from './__fixtures__/send-request-fixture.js';
import { sendLimitDefaultsForTest } from './__fixtures__/send-limit-defaults.js';
import { createInMemorySendLedger } from './in-memory-send-ledger.js';
import { createSendDecisions } from './send-decisions.js';
import { sendingDomainBreakerName, validateCircuitBreaker } from './validate-circuit-breaker.js';

const openedAt = Date.parse('2026-03-02T15:00:00Z');
const open: BreakerState = {
  state: 'open',
  consecutiveFailures: 3,
  openedAtMs: openedAt,
  openDurationMs: 300_000,
  rateLimitedUntilMs: null,
};

async function setup(states: Record<string, BreakerState>, iso = '2026-03-02T15:01:00Z') {
  const ledger = createInMemorySendLedger();
  const decisions = createSendDecisions();
  const request = sendRequest();
  const reserved = await ledger.reserve({
    idempotencyKey: request.idempotencyKey,
    mailboxes: ['ana@cold.example.com'],
    recipientDomain: 'example.com',
    at: new Date(iso),
    caps: { ...sendLimitDefaultsForTest, rampDaily: null },
  });
  if (reserved.status !== 'reserved') throw new Error('setup reservation refused');
  decisions.update(request, { reservation: { reservationId: reserved.reservationId, mailbox: reserved.mailbox } });
  const validator = validateCircuitBreaker({
    breakers: { load: async (name) => states[name] ?? null },
    ledger,
    clock: fixedClock(iso),
    decisions,
  });
  return { validator, ledger, decisions, request };
}

describe('validateCircuitBreaker', () => {
  it('RES-1: an open transport breaker refuses circuit_open and the reservation is given back', async () => {
    const { validator, ledger, decisions, request } = await setup({ smtp: open });
    const refusal = await validator(request);
    expect(refusal).toMatchObject({ reasonCode: 'circuit_open', retryAt: new Date(openedAt + 300_000) });
    expect(ledger.reservations).toHaveLength(0);
    expect(decisions.get(request).reservation).toBeUndefined();
  });

  it('EM-6: a paused sending domain (its reputation breaker open) refuses', async () => {
    const { validator, request } = await setup({ [sendingDomainBreakerName('cold.example.com')]: open });
    expect((await validator(request))?.reasonCode).toBe('circuit_open');
  });

  it('RES-1: closed breakers, and an open one whose period elapsed (half-open probe), pass and keep the reservation', async () => {
    const elapsed = await setup({ smtp: open }, '2026-03-02T15:05:00Z');
    expect(await elapsed.validator(elapsed.request)).toBeNull();
    expect(elapsed.ledger.reservations).toHaveLength(1);
    const closed = await setup({ smtp: { ...open, state: 'closed' } });
    expect(await closed.validator(closed.request)).toBeNull();
  });
});
