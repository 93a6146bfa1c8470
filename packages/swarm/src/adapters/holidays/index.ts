export { createDateHolidaysCalendar } from './date-holidays-calendar.js';
