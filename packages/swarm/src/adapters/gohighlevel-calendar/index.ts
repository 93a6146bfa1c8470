export {
  createGoHighLevelCalendarAdapter,
  goHighLevelCalendarApiVersion,
  type GoHighLevelAppointmentPatch,
  type GoHighLevelCalendarAdapter,
  type GoHighLevelCalendarAdapterSettings,
} from './create-gohighlevel-calendar-adapter.js';
export { GoHighLevelAppointmentExistsError } from './gohighlevel-calendar-exists-error.js';
export { bookingIdInTitle, titleWithBookingMarker } from './gohighlevel-booking-marker.js';
export { toBusyEvent as goHighLevelEventToBusyEvent } from './to-busy-event.js';
