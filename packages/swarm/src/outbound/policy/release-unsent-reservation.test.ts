import { describe, expect, it } from 'vitest';
import { sendRequest } from './__fixtures__/send-request-fixture.js';
import { sendLimitDefaultsForTest } from './__fixtures__/send-limit-defaults.js';
import { createInMemorySendLedger } from './in-memory-send-ledger.js';
import { releaseUnsentReservation } from './release-unsent-reservation.js';
import { createSendDecisions } from './send-decisions.js';

async function reserved() {
  const ledger = createInMemorySendLedger();
  const decisions = createSendDecisions();
  const request = sendRequest();
  const outcome = await ledger.reserve({
    idempotencyKey: request.idempotencyKey,
    mailboxes: ['ana@cold.example.com'],
    recipientDomain: 'example.com',
    at: new Date('2026-03-04T16:00:00Z'),
    caps: { ...sendLimitDefaultsForTest, rampDaily: null },
  });
  if (outcome.status !== 'reserved') throw new Error('setup refused');
  decisions.update(request, { reservation: { reservationId: outcome.reservationId, mailbox: outcome.mailbox } });
  return { ledger, decisions, request };
}

describe('releaseUnsentReservation', () => {
  it('EM-7: a gateway refusal or failed effect after the reservation gives the quota back', async () => {
    for (const outcome of [
      { status: 'refused' as const, reasonCode: 'rate_limited', message: 'limit' },
      { status: 'failed' as const, reasonCode: 'vendor_error', message: 'smtp 451' },
    ]) {
      const { ledger, decisions, request } = await reserved();
      await releaseUnsentReservation(request, outcome, decisions, ledger);
      expect(ledger.reservations).toHaveLength(0);
    }
  });

  it('EM-7: an executed send keeps its reservation', async () => {
    const { ledger, decisions, request } = await reserved();
    await releaseUnsentReservation(request, { status: 'executed', result: 'ok' }, decisions, ledger);
    expect(ledger.reservations).toHaveLength(1);
  });
});
