import type { IntentSignal } from '../../domain/signal.js';

/** Signals older than this are never worded as news in a draft (SPEC §3.3: full intent points within 365 days). */
export const freshSignalWindowDays = 365;

const dayMs = 86_400_000;

/**
 * The signals a draft may mention as current: dated, and at most {@link freshSignalWindowDays} old at
 * `now`. Undated signals (e.g. funding rounds with no date) still count towards the score, at half
 * weight, but a message must not call something "recent" without knowing when it happened.
 */
export function freshSignals(signals: readonly IntentSignal[], now: Date): IntentSignal[] {
  return signals.filter((signal) => {
    if (!signal.date) return false;
    const at = Date.parse(`${signal.date}T00:00:00Z`);
    // Age in whole days, as the intent scorer counts it: a signal exactly 365 days old is still fresh.
    return Number.isFinite(at) && Math.floor((now.getTime() - at) / dayMs) <= freshSignalWindowDays;
  });
}
