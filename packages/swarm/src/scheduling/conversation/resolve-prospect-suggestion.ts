/**
 * What the prospect already suggested in the reply that asked to meet (specs/scheduling.md §6.6; issue 7):
 * "could we do Thursday at 3pm?" names a time, "any morning next week works" names a preference, and
 * "happy to chat" names nothing. Read with the same free-text resolver as later answers
 * ({@link resolveSchedulingAnswer}), in the prospect's zone, relative to when the reply was received —
 * "tomorrow" means the day after the prospect wrote, not the day after the dispatcher ran. Pure.
 */
import { resolveSchedulingAnswer } from './resolve-scheduling-answer.js';

/**
 * The prospect's own words from the reply that asked to meet.
 * - `text`: the visible reply text (quoted history stripped by the threading slice).
 * - `receivedAt`: ISO-8601 instant the reply was received; the reference for relative words.
 * - `proposedTimes`: the times the reply classifier extracted (`scheduling-requested.proposedTimes`),
 *   as written or ISO 8601; read only when the text itself names nothing resolvable.
 */
export interface ProspectSuggestion {
  text: string;
  receivedAt: string;
  proposedTimes?: string[];
}

/** The suggestion as SCHEDULER acts on it. Instants are ISO-8601 UTC. */
export type ProspectSuggestionReading =
  /** A specific time: validate it with §6.4, then invite or offer the nearest alternatives. */
  | { kind: 'time'; start: string }
  /** A preference: propose within `[windowStart, windowEnd)`, preferring `preferredHours` (prospect-local). */
  | { kind: 'window'; windowStart: string; windowEnd: string; preferredHours?: [string, string] }
  /** Nothing resolvable (or a refusal): propose fresh times as without a suggestion. */
  | { kind: 'none' };

/**
 * Resolves a suggestion in `prospectTimezone` (IANA id). The visible text wins; each extracted
 * `proposedTimes` string is tried in order only when the text gives neither a time nor a window (the
 * classifier's extraction may have re-written or guessed a zone, the text is what the prospect wrote).
 * An unreadable `receivedAt` gives `none`.
 */
export function resolveProspectSuggestion(
  suggestion: ProspectSuggestion,
  prospectTimezone: string,
): ProspectSuggestionReading {
  const sources = [suggestion.text, ...(suggestion.proposedTimes ?? [])];
  for (const text of sources) {
    if (text.trim() === '') continue;
    // No proposals were shown yet, so ordinals ("the second one") cannot pick anything and stay unclear.
    const answer = resolveSchedulingAnswer({ text, now: suggestion.receivedAt, prospectTimezone, proposals: [] });
    if (answer.kind === 'pick') return { kind: 'time', start: answer.start };
    if (answer.kind === 'window') return answer;
  }
  return { kind: 'none' };
}
