/** Seconds to wait before retrying a refusal that lifts by itself, per reason code (issue 4 deferrals). */
const deferralSeconds: Readonly<Record<string, number>> = {
  // Kill switches and shadow mode: "queued work stays queued" (RES-5); check again each minute.
  emergency_stop: 60,
  sends_paused: 60,
  manual_approval_required: 60,
  shadow_mode: 300,
  // Limits (SPEC §3.7 windows): spacing is 30 s, hourly windows roll, daily windows roll over 24 h.
  mailbox_spacing: 30,
  limit_hourly: 300,
  limit_recipient_domain: 300,
  limit_daily: 1800,
  mailbox_daily: 1800,
  ramp_limit: 1800,
  limit_monthly: 21_600,
  rate_limited: 300,
  circuit_open: 60,
  no_mailbox: 300,
  // An open-ended automation pause (a colleague took over) lifts only when a person resumes it; a dated
  // one retries at its end (the validator's retryAt).
  automation_paused: 3600,
};

/** The most a vendor's Retry-After may postpone a send (a hostile or broken header cannot park it for days). */
export const maxRetryAfterMs = 3_600_000;

/**
 * When to try a refused send again (UTC), or null when the refusal is permanent (suppressed,
 * excluded, already contacted, wrong channel…) and the row is settled as `refused`. A validator's
 * own `retryAt` (send window, holiday, breaker cool-down) wins over the table.
 */
export function planDeferral(reasonCode: string, retryAt: Date | undefined, now: Date): Date | null {
  if (retryAt && retryAt.getTime() > now.getTime()) return retryAt;
  const seconds = deferralSeconds[reasonCode];
  if (seconds === undefined) return null;
  return new Date(now.getTime() + seconds * 1000);
}

/** Caps a vendor Retry-After at {@link maxRetryAfterMs} and at least one second. */
export function capRetryAfter(retryAfterMs: number): number {
  return Math.min(maxRetryAfterMs, Math.max(1000, retryAfterMs));
}
