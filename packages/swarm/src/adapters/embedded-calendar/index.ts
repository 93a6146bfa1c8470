export { createEmbeddedCalendarAdapter, type EmbeddedCalendarSettings } from './create-embedded-calendar-adapter.js';
export { toCalendarDate } from './calendar-instant.js';
