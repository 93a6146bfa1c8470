export {
  createCalDavCalendarAdapter,
  type CalDavCalendarAdapter,
  type CalDavCalendarSettings,
} from './create-caldav-calendar-adapter.js';
export { calDavStatusError, type CalDavFailure } from './caldav-error-mapper.js';
export { parseCalDavEvents, type CalDavParseContext } from './parse-caldav-events.js';
export { buildCalDavEvent, type CalDavEventText } from './build-caldav-event.js';
export type { CalDavResilientCall } from './resilient-call-like.js';
