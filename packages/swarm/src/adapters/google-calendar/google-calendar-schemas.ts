import { z } from 'zod';

/**
 * The fields we read of a Google Calendar `Event` resource (developers.google.com/calendar/api/v3/reference/events):
 * timed events carry `start.dateTime`, all-day events `start.date` (end date exclusive). Lenient: unknown
 * fields pass, absent optional fields are fine (STYLE.md §5).
 */
export const googleEventSchema = z.looseObject({
  id: z.string(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']).optional(),
  transparency: z.enum(['opaque', 'transparent']).optional(),
  summary: z.string().optional(),
  start: z.looseObject({ dateTime: z.string().optional(), date: z.string().optional() }).optional(),
  end: z.looseObject({ dateTime: z.string().optional(), date: z.string().optional() }).optional(),
  attendees: z
    .array(
      z.looseObject({
        email: z.string().optional(),
        self: z.boolean().optional(),
        responseStatus: z.enum(['needsAction', 'declined', 'tentative', 'accepted']).optional(),
      }),
    )
    .optional(),
  recurringEventId: z.string().optional(),
});

/** One Google Calendar event as we read it. */
export type GoogleEvent = z.infer<typeof googleEventSchema>;

/** One page of `events.list`; `nextPageToken` is absent on the last page. */
export const googleEventsPageSchema = z.looseObject({
  items: z.array(googleEventSchema).default([]),
  nextPageToken: z.string().optional(),
});
