import { isCaioError } from '../../domain/errors.js';

/**
 * What a failed vendor call means for the next step (issue 4, `ports/outbound-transport.ts`):
 * - `never`: the vendor refused for good (bad input, auth, a 5xx SMTP reply) — settle as failed;
 * - `retry_after`: the vendor asked us to wait (`retryAfterMs`, capped by the caller);
 * - `transient`: the request provably did not leave (connection refused, breaker open) — retry;
 * - `ambiguous`: it may have left (timeout after the request started) — reconcile before anything else.
 */
export type SendFailureClass =
  | { kind: 'never'; code: string; message: string }
  | { kind: 'retry_after'; code: string; message: string; retryAfterMs: number }
  | { kind: 'transient'; code: string; message: string }
  | { kind: 'ambiguous'; code: string; message: string };

/** Classifies an error thrown by `OutboundTransport.deliver`. Unknown errors are ambiguous (fail safe). */
export function classifySendFailure(error: unknown): SendFailureClass {
  const message = error instanceof Error ? error.message : String(error);
  if (!isCaioError(error)) return { kind: 'ambiguous', code: 'effect_failed', message };
  const { code } = error;
  if (code === 'timeout' || error.details['outcomeUnknown'] === true) return { kind: 'ambiguous', code, message };
  if (code === 'rate_limited')
    return { kind: 'retry_after', code, message, retryAfterMs: error.retryAfterMs ?? 60_000 };
  if (code === 'circuit_open') return { kind: 'transient', code, message };
  if (error.isRetryable) return { kind: 'transient', code, message };
  return { kind: 'never', code, message };
}
