/** Slot shapes of specs/scheduling.md ("SlotRequest", "SlotResult", "Slot"). */

/** A wall-clock label of an instant in one zone. */
export interface SlotLabel {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:mm`, 24-hour. */
  time: string;
  /** `±HH:MM`, `+00:00` for UTC. */
  offset: string;
}

/** One bookable slot. `start`/`end` are ISO-8601 UTC instants as produced by `Date#toISOString()`. */
export interface Slot {
  start: string;
  end: string;
  host: SlotLabel;
  prospect: SlotLabel;
  /** True when the slot is inside the prospect's preferred days and hours (§6.5 rule 1). */
  prospectPreferred: boolean;
}

/** What the prospect asked for; instants are ISO-8601 with `Z` or an offset. */
export interface SlotRequest {
  /** The injected clock. */
  now: string;
  /** Positive integer minutes. */
  durationMinutes: number;
  windowStart: string;
  windowEnd: string;
  /** IANA zone id. */
  prospectTimezone: string;
  /** Clamped to 1..5. */
  maxProposals: number;
  /** Default `["08:00","20:00"]`, prospect-local. */
  prospectPreferredHours?: [string, string];
  /** Default `["mon".."fri"]`, prospect-local. */
  prospectPreferredDays?: string[];
}

/** The engine's answer. */
export interface SlotResult {
  /** Every valid slot in the window, ascending, unique starts. */
  available: Slot[];
  /** The chosen subset (§6.5), ascending. */
  proposals: Slot[];
  /** When set, the request was rejected and `available`/`proposals` are empty. */
  error?: 'INVALID_TIMEZONE' | 'INVALID_WINDOW';
  /** E.g. an unsupported RRULE that made the engine treat the window as busy, or a capped window. */
  warnings?: string[];
}
