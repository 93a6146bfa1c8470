import type { EnrichmentAttempt } from './enrichment-outcome.js';

/** Per-provider counters for the run report (SPEC §3.2: hit rate, latency, cost). */
export interface ProviderStats {
  provider: string;
  /** Calls actually made (breaker skips are not calls). */
  attempts: number;
  hits: number;
  misses: number;
  pending: number;
  /** Failures other than timeouts, rate limits and open breakers. */
  errors: number;
  timeouts: number;
  rateLimited: number;
  breakerOpenSkips: number;
  /** hits ÷ attempts, 0 when there were no attempts. */
  hitRate: number;
  /** Median and 95th percentile call latency in ms over the last 10 000 calls; null before any call. */
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  credits: number;
}

const sampleLimit = 10_000;

function percentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? null;
}

/** Accumulates {@link ProviderStats} for one provider from its attempts. */
export function createProviderStatsRecorder(provider: string): {
  record(attempt: EnrichmentAttempt): void;
  snapshot(): ProviderStats;
} {
  const counts = {
    attempts: 0,
    hits: 0,
    misses: 0,
    pending: 0,
    errors: 0,
    timeouts: 0,
    rateLimited: 0,
    breakerOpenSkips: 0,
    credits: 0,
  };
  const latencies: number[] = [];
  let next = 0;
  return {
    record(attempt) {
      counts.credits += attempt.credits;
      if (attempt.result === 'circuit_open') {
        counts.breakerOpenSkips += 1;
        return;
      }
      counts.attempts += 1;
      const counter = (
        {
          hit: 'hits',
          miss: 'misses',
          pending: 'pending',
          timeout: 'timeouts',
          rate_limited: 'rateLimited',
          error: 'errors',
        } as const
      )[attempt.result];
      counts[counter] += 1;
      // A ring buffer keeps memory flat on 100k-lead runs.
      if (latencies.length < sampleLimit) latencies.push(attempt.latencyMs);
      else latencies[next] = attempt.latencyMs;
      next = (next + 1) % sampleLimit;
    },
    snapshot() {
      const sorted = [...latencies].sort((left, right) => left - right);
      return {
        provider,
        ...counts,
        hitRate: counts.attempts === 0 ? 0 : counts.hits / counts.attempts,
        latencyP50Ms: percentile(sorted, 0.5),
        latencyP95Ms: percentile(sorted, 0.95),
      };
    },
  };
}
