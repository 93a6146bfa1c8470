import { CalendarEventExistsError } from '../../ports/calendar-event-exists-error.js';

/** The rejection of a create whose booking marker is already on the calendar: `code` is `'ALREADY_EXISTS'`. */
export class GoHighLevelAppointmentExistsError extends CalendarEventExistsError {
  constructor(
    readonly bookingId: string,
    readonly appointmentId: string,
  ) {
    super(bookingId);
    this.message = `HighLevel appointment ${appointmentId} already carries booking ${bookingId}; a retried booking write is already done.`;
    this.name = 'GoHighLevelAppointmentExistsError';
  }
}
