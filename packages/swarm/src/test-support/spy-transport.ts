import { CaioError } from '../domain/errors.js';
import type { OutboundMessage, OutboundTransport, ReconcileVerdict } from '../ports/outbound-transport.js';

/**
 * A test spy transport (STYLE.md §11): records every message handed to it, fails the next calls on
 * request, and answers reconciliation from what it really "delivered".
 */
export interface SpyTransport extends OutboundTransport {
  readonly delivered: OutboundMessage[];
  /** Calls to `deliver`, successful or not. */
  calls: number;
  /** Queue failures for the next calls; `timeout-after-send` delivers, then throws a timeout. */
  failNext(
    ...failures: ('refused' | 'rate-limited' | 'timeout-after-send' | 'timeout-before-send' | 'rejected')[]
  ): void;
  reconcileAnswer: 'from-record' | 'unknown';
}

export function createSpyTransport(platform = 'smtp'): SpyTransport {
  const failures: string[] = [];
  const spy: SpyTransport = {
    platform,
    channel: 'email',
    delivered: [],
    calls: 0,
    reconcileAnswer: 'from-record',
    failNext: (...next) => void failures.push(...next),
    async deliver(message) {
      spy.calls += 1;
      const failure = failures.shift();
      if (failure === 'refused') throw new CaioError('vendor_error', 'connect ECONNREFUSED', { retryable: true });
      if (failure === 'rate-limited') throw new CaioError('rate_limited', '429', { retryAfterMs: 7_200_000 });
      if (failure === 'rejected') throw new CaioError('vendor_error', '550 5.1.1 no such user', { retryable: false });
      if (failure === 'timeout-before-send') throw new CaioError('timeout', 'timed out');
      spy.delivered.push(message);
      if (failure === 'timeout-after-send') throw new CaioError('timeout', 'timed out after DATA');
      return { wireMessageId: `wire-${spy.delivered.length}` };
    },
    async reconcile(message): Promise<ReconcileVerdict> {
      if (spy.reconcileAnswer === 'unknown') return { status: 'unknown', reason: 'SMTP keeps no record' };
      const found = spy.delivered.find((delivered) => delivered.messageId === message.messageId);
      return found ? { status: 'delivered', wireMessageId: `wire-reconciled` } : { status: 'not_delivered' };
    },
  };
  return spy;
}
