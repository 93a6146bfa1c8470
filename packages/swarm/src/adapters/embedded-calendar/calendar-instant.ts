import { CaioError } from '../../domain/errors.js';
import type { CalendarInstant } from '../../ports/calendar-adapter.js';

/** An ISO-8601 instant that names its offset: `Z` or `±HH:MM` (a bare local time would read the process zone). */
const zonedIsoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads a calendar-port instant (a `Date`, epoch ms, or ISO-8601 with `Z` or an offset) as a `Date`.
 * @throws CaioError `input_invalid` for anything else, including ISO strings without an offset.
 */
export function toCalendarDate(value: CalendarInstant, field: string): Date {
  const milliseconds =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'number'
        ? value
        : zonedIsoInstant.test(value)
          ? Date.parse(value)
          : Number.NaN;
  if (!Number.isFinite(milliseconds)) {
    throw new CaioError(
      'input_invalid',
      `Calendar ${field} must be a Date, epoch ms or ISO-8601 with Z or an offset; got ${String(value)}.`,
      { details: { field } },
    );
  }
  return new Date(milliseconds);
}
