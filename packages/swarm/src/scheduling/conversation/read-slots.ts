/**
 * Reads the host's busy data and runs `findSlots` for a conversation (specs/scheduling.md §6.3 rule 6:
 * fail closed). A calendar read that keeps failing after `attempts` tries yields `degraded`, never
 * proposals on partial data.
 */
import type { CalendarAdapter } from '../../ports/calendar-adapter.js';
import { findSlots } from '../find-slots.js';
import type { HostConfig } from '../host-config.js';
import type { SlotResult } from '../slot.js';

/** What to search. Instants ISO-8601 UTC. */
export interface SlotReadRequest {
  now: string;
  windowStart: string;
  windowEnd: string;
  durationMinutes: number;
  prospectTimezone: string;
  preferredHours?: [string, string];
}

/** Slots, or `degraded` when the calendar could not be read. */
export type SlotRead = { degraded: false; result: SlotResult } | { degraded: true; error: unknown };

/** Reads busy data (with retries, waiting `backoffMilliseconds × attempt` between tries) and finds slots. */
export async function readSlots(
  calendar: CalendarAdapter,
  host: HostConfig,
  request: SlotReadRequest,
  options: { attempts: number; sleep: (milliseconds: number) => Promise<void>; backoffMilliseconds: number },
): Promise<SlotRead> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    try {
      const busy = await calendar.listBusy(
        new Date(Date.parse(request.windowStart) - 86_400_000),
        new Date(Date.parse(request.windowEnd) + 86_400_000),
      );
      const result = findSlots({
        host,
        busy,
        request: {
          now: request.now,
          durationMinutes: request.durationMinutes,
          windowStart: request.windowStart,
          windowEnd: request.windowEnd,
          prospectTimezone: request.prospectTimezone,
          maxProposals: 5,
          ...(request.preferredHours ? { prospectPreferredHours: request.preferredHours } : {}),
        },
      });
      return { degraded: false, result };
    } catch (error) {
      lastError = error;
      if (attempt < options.attempts) await options.sleep(options.backoffMilliseconds * attempt);
    }
  }
  return { degraded: true, error: lastError };
}
