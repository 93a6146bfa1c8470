/**
 * An in-process sliding one-hour window per key (agent:action rate limits of the permission matrix).
 * The hard send limits of SPEC §3.7 are a separate, database-backed atomic reservation.
 */
export interface HourlyRateLimiter {
  /** Records one use and returns true, or returns false without recording when the cap is reached. */
  tryTake(key: string, capPerHour: number, now: Date): boolean;
}

const hourMs = 60 * 60 * 1000;

export function createHourlyRateLimiter(): HourlyRateLimiter {
  const uses = new Map<string, number[]>();
  return {
    tryTake(key, capPerHour, now) {
      if (capPerHour <= 0) return true;
      const since = now.getTime() - hourMs;
      const recent = (uses.get(key) ?? []).filter((at) => at > since);
      if (recent.length >= capPerHour) {
        uses.set(key, recent);
        return false;
      }
      recent.push(now.getTime());
      uses.set(key, recent);
      return true;
    },
  };
}
