/**
 * Public entry of `caio-swarm/scheduling` (ARCHITECTURE.md "Public programmatic API",
 * specs/scheduling.md): the slot engine, the booking guard, the reminder planner, the proposal-selection
 * rule and the calendar port. Side-effect free: importing it opens nothing and starts no timers.
 */
export { findSlots, type FindSlotsInput } from '../scheduling/find-slots.js';
export {
  createBookingService,
  type BookingService,
  type BookingServiceOptions,
} from '../scheduling/booking-service.js';
export {
  planReminders,
  type PlannedReminder,
  type PlanRemindersInput,
  type ReminderKind,
} from '../scheduling/plan-reminders.js';
export { selectProposals } from '../scheduling/proposal-selection.js';
export type { HostConfig, WeeklyHours, DateOverride } from '../scheduling/host-config.js';
export type { Slot, SlotLabel, SlotRequest, SlotResult } from '../scheduling/slot.js';
export type { BookingAttempt, BookingOutcome, BookingFailureCode, ConfirmedBooking } from '../scheduling/booking.js';
export type {
  BusyEvent,
  TimedBusyEvent,
  AllDayBusyEvent,
  RecurringBusyEvent,
  CalendarAdapter,
  CalendarEventInput,
  CreatedCalendarEvent,
  CalendarInstant,
} from '../ports/calendar-adapter.js';
export type { HostLock, HostLockLease } from '../ports/host-lock.js';
export type { BookingStore, BookingRecord } from '../ports/booking-store.js';
