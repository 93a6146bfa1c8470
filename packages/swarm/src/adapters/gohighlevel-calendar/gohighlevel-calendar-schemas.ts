import { z } from 'zod';

/** Epoch ms or an ISO-8601 string: HighLevel returns either for event times depending on the endpoint. */
const timeSchema = z.union([z.string(), z.number()]);

/**
 * One calendar event (appointment or blocked slot) as `GET /calendars/events` and
 * `GET /calendars/blocked-slots` return it (calendars/calendars.json, `GetCalendarEventsSuccessfulResponseDTO`).
 * Lenient: fields we do not read pass through (STYLE.md §5).
 */
export const goHighLevelCalendarEventSchema = z.looseObject({
  id: z.string(),
  title: z.string().nullish(),
  calendarId: z.string().nullish(),
  appointmentStatus: z.string().nullish(),
  deleted: z.boolean().nullish(),
  startTime: timeSchema,
  endTime: timeSchema,
});

/** One HighLevel calendar event as we read it. */
export type GoHighLevelCalendarEvent = z.infer<typeof goHighLevelCalendarEventSchema>;

/** `{ events: [...] }`, the answer of the events and blocked-slots lists. */
export const goHighLevelCalendarEventsSchema = z.looseObject({
  events: z.array(goHighLevelCalendarEventSchema).default([]),
});

/** `AppointmentSchemaResponse` of create / update appointment: we read its `id`. */
export const goHighLevelAppointmentSchema = z.looseObject({
  id: z.string().min(1),
  startTime: timeSchema.optional(),
  endTime: timeSchema.optional(),
});
