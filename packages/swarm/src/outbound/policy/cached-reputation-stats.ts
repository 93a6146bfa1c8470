import type { Clock } from '../../ports/clock.js';
import type { ReputationCounts, ReputationPause, ReputationStats } from '../../ports/reputation-stats.js';

/** How long a domain's reputation counts and pause state are reused: one minute. */
export const reputationCacheTtlMs = 60_000;

/**
 * Reuses each sending domain's counts and pause state for `ttlMs` of the clock (EM-6 rates move over
 * hours; the send limits themselves are the ledger's, never cached). A pause or resume through this
 * wrapper drops the domain's entries at once. Without it, every send queried every domain in the
 * rotation twice — most of a send's policy time in the send-queue benchmark.
 */
export function createCachedReputationStats(
  stats: ReputationStats,
  clock: Clock,
  ttlMs = reputationCacheTtlMs,
): ReputationStats {
  const counts = new Map<string, { at: number; since: number; value: Promise<ReputationCounts> }>();
  const pauses = new Map<string, { at: number; value: Promise<ReputationPause | null> }>();
  const fresh = (at: number) => clock.now().getTime() - at < ttlMs;
  const forget = (domain: string) => {
    counts.delete(domain);
    pauses.delete(domain);
  };
  return {
    countsFor(domain, since) {
      const cached = counts.get(domain);
      // The rolling window's start moves with the clock; only a jump (a human resume, possibly in
      // another process) means the cached counts were taken over a different window.
      if (cached && fresh(cached.at) && Math.abs(cached.since - since.getTime()) <= ttlMs) return cached.value;
      const value = stats.countsFor(domain, since);
      counts.set(domain, { at: clock.now().getTime(), since: since.getTime(), value });
      value.catch(() => counts.delete(domain));
      return value;
    },
    latestPause(domain) {
      const cached = pauses.get(domain);
      if (cached && fresh(cached.at)) return cached.value;
      const value = stats.latestPause(domain);
      pauses.set(domain, { at: clock.now().getTime(), value });
      value.catch(() => pauses.delete(domain));
      return value;
    },
    async pause(entry) {
      forget(entry.sendingDomain);
      await stats.pause(entry);
      forget(entry.sendingDomain);
    },
    async resume(entry) {
      forget(entry.sendingDomain);
      const resumed = await stats.resume(entry);
      forget(entry.sendingDomain);
      return resumed;
    },
  };
}
