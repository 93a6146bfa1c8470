/**
 * Reads every calendar of a host in parallel with per-provider timeouts (specs/scheduling.md §6.10) and
 * fails closed when any of them fails (§6.3 rule 6): partial data never reaches the slot engine.
 */
import type { BusyEvent, CalendarInstant } from '../ports/calendar-adapter.js';
import type { HostCalendarSource } from './host-calendar-source.js';

/** Why one calendar gave no data. */
export interface CalendarReadFailure {
  provider: string;
  /** `timeout` when it did not answer within its timeout, else `error`. */
  reason: 'timeout' | 'error';
  error?: unknown;
}

/** All calendars answered (`events` merged), or at least one failed. */
export type HostBusyRead = { ok: true; events: BusyEvent[] } | { ok: false; failures: CalendarReadFailure[] };

/** Default per-provider timeout in ms (spec §6.10: "for example 5 s"). */
export const defaultCalendarTimeoutMs = 5_000;

const timedOut = Symbol('timed out');

async function readOne(
  source: HostCalendarSource,
  from: CalendarInstant,
  to: CalendarInstant,
  timeoutMs: number,
): Promise<BusyEvent[] | CalendarReadFailure> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof timedOut>((resolve) => {
    timer = setTimeout(() => resolve(timedOut), source.timeoutMs ?? timeoutMs);
  });
  try {
    const result = await Promise.race([source.adapter.listBusy(from, to), deadline]);
    if (result === timedOut) return { provider: source.provider, reason: 'timeout' };
    if (!Array.isArray(result)) return { provider: source.provider, reason: 'error', error: 'not a list' };
    return result;
  } catch (error) {
    return { provider: source.provider, reason: 'error', error };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads busy events overlapping `[from, to)` from every calendar at once. A host with no calendars reads as
 * a failure (nothing to check availability against — fail closed). Never throws.
 */
export async function readHostBusy(
  calendars: readonly HostCalendarSource[],
  from: CalendarInstant,
  to: CalendarInstant,
  timeoutMs: number = defaultCalendarTimeoutMs,
): Promise<HostBusyRead> {
  if (calendars.length === 0)
    return { ok: false, failures: [{ provider: 'none', reason: 'error', error: 'no calendars' }] };
  const results = await Promise.all(calendars.map((source) => readOne(source, from, to, timeoutMs)));
  const failures = results.filter((result): result is CalendarReadFailure => !Array.isArray(result));
  if (failures.length > 0) return { ok: false, failures };
  return { ok: true, events: results.flatMap((result) => (Array.isArray(result) ? result : [])) };
}
