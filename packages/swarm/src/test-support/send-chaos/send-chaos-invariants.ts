import type { SendCaps } from '../../domain/send-caps.js';
import { capViolations } from '../../outbound/policy/__fixtures__/cap-violations.js';
import type { OutboxStatus } from '../../ports/pipeline-store.js';
import type { ChaosInstruments } from './chaos-instruments.js';
import type { ChaosRunResult } from './run-send-chaos.js';

/** Where every row ended: its id, Message-ID and status. */
export interface ChaosRowOutcome {
  outboxId: string;
  messageId: string;
  status: OutboxStatus;
}

const finalStatuses: ReadonlySet<OutboxStatus> = new Set(['sent', 'refused', 'failed', 'uncertain']);

/**
 * Every invariant of a chaos run, as readable violations (empty when the run was correct):
 * - RES-3 / EM-7: no Message-ID reached the transport twice; a `sent` row was delivered once;
 * - SPEC §3.7 caps hold over the DELIVERY instants (hourly, daily, per recipient domain per hour,
 *   mailbox spacing ≥ 30 s, mailbox daily, monthly), computed from the spy, not from the ledger;
 * - RES-5: nothing was delivered while EMERGENCY_STOP was on, except by a worker whose last
 *   kill-switch read came before the flip AND was the gateway's re-check (after every validator),
 *   i.e. only a call already past the last check may finish;
 * - never lost: every row is `sent`, `refused`, `failed`, `uncertain`, or still `queued` /
 *   `sending` with a job waiting for it; a delivered row is `sent` or `uncertain` (or awaiting reconcile);
 * - workers threw only job signals.
 */
export function sendChaosViolations(
  instruments: ChaosInstruments,
  rows: readonly ChaosRowOutcome[],
  run: ChaosRunResult,
  caps: SendCaps,
): string[] {
  const violations: string[] = [];
  const deliveriesById = new Map<string, number>();
  for (const delivery of instruments.deliveries) {
    deliveriesById.set(delivery.messageId, (deliveriesById.get(delivery.messageId) ?? 0) + 1);
  }
  for (const [messageId, count] of deliveriesById) {
    if (count > 1) violations.push(`RES-3/EM-7: ${messageId} was delivered ${count} times`);
  }
  violations.push(...capViolations(instruments.deliveries, caps).map((violation) => `SPEC 3.7 cap: ${violation}`));
  violations.push(...emergencyStopViolations(instruments));
  const pendingIds = new Set(run.pending.map((job) => job.payload.outboxId));
  for (const row of rows) {
    const delivered = deliveriesById.get(row.messageId) ?? 0;
    const waiting = pendingIds.has(row.outboxId);
    if (!finalStatuses.has(row.status) && !((row.status === 'queued' || row.status === 'sending') && waiting)) {
      violations.push(`lost: ${row.outboxId} is ${row.status}${waiting ? '' : ' with no job waiting'}`);
    }
    if (row.status === 'sent' && delivered !== 1)
      violations.push(`${row.outboxId} is sent but was delivered ${delivered} times`);
    if (delivered > 0 && !['sent', 'uncertain', 'sending'].includes(row.status)) {
      violations.push(`${row.outboxId} was delivered but is ${row.status}`);
    }
  }
  violations.push(...run.unexpectedErrors.map((error) => `non-signal error: ${error}`));
  return violations;
}

/** RES-5 over the event log: a delivery while stopped must come from a read made before the flip. */
function emergencyStopViolations(instruments: ChaosInstruments): string[] {
  const violations: string[] = [];
  for (const delivery of instruments.deliveries) {
    const lastFlip = instruments.flips.filter((flip) => flip.sequence < delivery.sequence).at(-1);
    if (!lastFlip?.on) continue;
    const lastRead = instruments.switchReads
      .filter((read) => read.worker === delivery.worker && read.sequence < delivery.sequence)
      .at(-1);
    if (!lastRead || lastRead.emergencyStop || lastRead.sequence > lastFlip.sequence || lastRead.source !== 'gateway') {
      violations.push(
        `RES-5: ${delivery.messageId} delivered by worker ${delivery.worker} while EMERGENCY_STOP was on (flip #${lastFlip.sequence}, worker's last check #${lastRead?.sequence ?? 'none'} by ${lastRead?.source ?? 'nobody'})`,
      );
    }
  }
  return violations;
}
