import { CaioError } from '../../domain/errors.js';
import type { OutboundTransport } from '../../ports/outbound-transport.js';

/** The failures {@link withFailureInjection} mixes, in equal shares, as real adapters raise them. */
const injectedFailures: readonly (() => CaioError)[] = [
  () => new CaioError('vendor_error', 'injected: connection refused', { retryable: true }),
  () => new CaioError('rate_limited', 'injected: 429 Too Many Requests', { retryAfterMs: 2_000 }),
  () => new CaioError('timeout', 'injected: timed out after the request was sent'),
  () => new CaioError('vendor_error', 'injected: 550 mailbox unavailable', { retryable: false }),
];

/**
 * Chaos testing (issue 4 `failureInjection: { rate }`): wraps a transport so a `rate` fraction of
 * calls fail like a real vendor — before the call (connection refused, 429) or after it (a timeout
 * whose message DID leave: the inner transport is called first, so reconciliation must find it).
 * `random` returns [0, 1); tests pass a seeded generator. Rate 0 returns the transport unchanged.
 */
export function withFailureInjection(
  transport: OutboundTransport,
  options: { rate: number; random: () => number },
): OutboundTransport {
  if (options.rate <= 0) return transport;
  const { rate, random } = options;
  return {
    platform: transport.platform,
    channel: transport.channel,
    async deliver(message, signal) {
      if (random() >= rate) return transport.deliver(message, signal);
      const failure = (injectedFailures[Math.floor(random() * injectedFailures.length)] ?? injectedFailures[0])!();
      if (failure.code === 'timeout') await transport.deliver(message, signal);
      throw failure;
    },
    reconcile: (message) => transport.reconcile(message),
    ...(transport.pauseAll ? { pauseAll: () => (transport.pauseAll as () => Promise<{ paused: number }>)() } : {}),
  };
}
