export {
  createGoogleCalendarAdapter,
  type GoogleCalendarAdapter,
  type GoogleCalendarAdapterSettings,
  type GoogleCalendarEventPatch,
} from './create-google-calendar-adapter.js';
export { googleCalendarEventId } from './google-calendar-event-id.js';
export { googleCalendarError, GoogleCalendarEventExistsError } from './google-calendar-error-mapper.js';
export { toBusyEvent as googleEventToBusyEvent } from './to-busy-event.js';
export type { GoogleCalendarResilientCall } from './resilient-call-like.js';
