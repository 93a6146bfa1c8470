/**
 * The post-write check of specs/scheduling.md §6.7 step 6: after our event is written, re-list busy data
 * around it; a foreign overlapping event (a human added one concurrently) means keep the booking, flag it
 * and escalate — never delete the host's own event silently.
 */
import type { CalendarAdapter } from '../ports/calendar-adapter.js';
import { normaliseBusy } from './busy-normalisation.js';
import { createBusyTimeline } from './busy-timeline.js';
import type { ResolvedHostConfig } from './host-config.js';
import { formatInstant } from './instant-parsing.js';
import { withoutOwnEvent } from './own-event-filter.js';

/** The written booking to verify; instants in epoch ms. */
export interface PostWriteCheckInput {
  calendar: CalendarAdapter;
  host: ResolvedHostConfig;
  start: number;
  end: number;
  /** Ids under which our event may appear (deterministic and provider-returned). */
  ownIds: ReadonlySet<string>;
}

/**
 * True when a foreign blocking event now lies within the buffer of `[start, end)` in
 * `[start − buffer, end + buffer)`, or when the re-list failed (unverifiable ⇒ a human looks; fail closed).
 */
export async function detectPostWriteConflict(input: PostWriteCheckInput): Promise<boolean> {
  const { calendar, host, start, end } = input;
  const buffer = host.bufferMinutes * 60_000;
  try {
    const events = await calendar.listBusy(formatInstant(start - buffer), formatInstant(end + buffer));
    const foreign = withoutOwnEvent(events, input.ownIds, { start, end });
    const busy = normaliseBusy({
      events: foreign,
      hostTimezone: host.timezone,
      rangeStart: start - buffer,
      rangeEnd: end + buffer,
    });
    return createBusyTimeline(busy.intervals, busy.blocksEverything).conflicts(start, end, buffer);
  } catch {
    return true;
  }
}
