import { z } from 'zod';

/**
 * tsdav's `DAVCalendarObject[]` from a calendar-query REPORT (RFC 4791 §7.8): each object's
 * `calendar-data` must be iCalendar text; anything else is a malformed vendor answer (fail closed).
 */
export const calDavObjectsSchema = z.array(
  z.object({
    url: z.string(),
    etag: z.string().optional(),
    data: z.string().min(1),
  }),
);
