import { pickMailboxWithinCaps, sendWindowMs, utcMonthOf, type SendUsage } from '../../domain/send-caps.js';
import type { SendLedger, SendReservationOutcome, SendReservationRequest } from '../../ports/send-ledger.js';

interface HeldReservation {
  id: string;
  idempotencyKey: string;
  mailbox: string;
  recipientDomain: string;
  atMs: number;
}

/**
 * A {@link SendLedger} in memory, for tests and one-process dry runs. Each `reserve` checks and
 * takes in one synchronous step, so concurrent callers in the process cannot overfill a cap; it
 * does not hold across processes or restarts (use the SQL repository for that). Same windows and
 * refusal order as the SQL ledger (`firstExceededSendCap`).
 */
export function createInMemorySendLedger(): SendLedger & { readonly reservations: readonly HeldReservation[] } {
  let held: HeldReservation[] = [];
  let sequence = 0;

  function usageFor(request: SendReservationRequest, mailbox: string): SendUsage {
    const atMs = request.at.getTime();
    const month = utcMonthOf(request.at);
    const spacingMs = request.caps.mailboxSpacingSeconds * 1000;
    const count = (keep: (reservation: HeldReservation) => boolean) => held.filter(keep).length;
    return {
      monthly: count((r) => r.atMs >= month.start.getTime() && r.atMs < month.end.getTime()),
      daily: count((r) => r.atMs > atMs - sendWindowMs.day),
      hourly: count((r) => r.atMs > atMs - sendWindowMs.hour),
      recipientDomainHourly: count(
        (r) => r.recipientDomain === request.recipientDomain && r.atMs > atMs - sendWindowMs.hour,
      ),
      mailboxWithinSpacing: count((r) => r.mailbox === mailbox && Math.abs(r.atMs - atMs) < spacingMs),
      mailboxDaily: count((r) => r.mailbox === mailbox && r.atMs > atMs - sendWindowMs.day),
    };
  }

  function reserveNow(request: SendReservationRequest): SendReservationOutcome {
    const existing = held.find((reservation) => reservation.idempotencyKey === request.idempotencyKey);
    if (existing) return { status: 'reserved', reservationId: existing.id, mailbox: existing.mailbox, replayed: true };
    const picked = pickMailboxWithinCaps(request.mailboxes, (mailbox) => usageFor(request, mailbox), request.caps);
    if (!('mailbox' in picked)) return { status: 'refused', ...picked };
    sequence += 1;
    const reservation = {
      id: `reservation-${sequence}`,
      idempotencyKey: request.idempotencyKey,
      mailbox: picked.mailbox,
      recipientDomain: request.recipientDomain,
      atMs: request.at.getTime(),
    };
    held.push(reservation);
    return { status: 'reserved', reservationId: reservation.id, mailbox: picked.mailbox, replayed: false };
  }

  return {
    get reservations() {
      return held;
    },
    reserve: async (request) => reserveNow(request),
    async release(reservationId) {
      held = held.filter((reservation) => reservation.id !== reservationId);
    },
    countSince: async (since) => held.filter((reservation) => reservation.atMs >= since.getTime()).length,
    async firstReservationAt() {
      if (held.length === 0) return null;
      return new Date(Math.min(...held.map((reservation) => reservation.atMs)));
    },
  };
}
