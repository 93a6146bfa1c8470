import type { AutomationPause } from './reply-effects-store.js';

/**
 * Reads the automation pauses in force (issue 6 routing: out-of-office until the return date, a colleague's
 * reply in a thread, SPEC §5/§7) for many leads at once, so the send policy checks a whole batch with one read.
 */
export interface AutomationPauseReader {
  /** Pauses in force at `at` (UTC) per lead id; leads without one are absent from the map. */
  activePausesAmong(leadIds: readonly string[], at: Date): Promise<Map<string, AutomationPause[]>>;
}
