/** The scheduling slice's entry point (SPEC §7, specs/scheduling.md). Other slices import only this file. */
export { findSlots, maximumWindowDays, type FindSlotsInput } from './find-slots.js';
export { createBookingService, type BookingService, type BookingServiceOptions } from './booking-service.js';
export {
  planReminders,
  reminderIdempotencyKey,
  type PlannedReminder,
  type PlanRemindersInput,
  type ReminderKind,
} from './plan-reminders.js';
export { selectProposals, clampProposalCount } from './proposal-selection.js';
export { isProspectPreferred, resolveProspectPreference, type ProspectPreference } from './prospect-preference.js';
export {
  normaliseBusy,
  isBlockingEvent,
  type NormalisedBusy,
  type BusyNormalisationInput,
} from './busy-normalisation.js';
export type { BusyInterval } from './busy-interval.js';
export { createBusyTimeline, type BusyTimeline } from './busy-timeline.js';
export { providerEventId } from './provider-event-id.js';
export { createInProcessHostLock, type InProcessHostLockOptions } from './in-process-host-lock.js';
export { createInMemoryBookingStore } from './in-memory-booking-store.js';
export {
  createInMemoryCalendarAdapter,
  CalendarEventAlreadyExistsError,
  type InMemoryCalendarAdapter,
  type InMemoryCalendarOptions,
} from './in-memory-calendar-adapter.js';
export { createSeededRandom } from './seeded-random.js';
export type { HostConfig, WeeklyHours, DateOverride, ResolvedHostConfig } from './host-config.js';
export type { Slot, SlotLabel, SlotRequest, SlotResult } from './slot.js';
export type { BookingAttempt, BookingOutcome, BookingFailureCode, ConfirmedBooking } from './booking.js';
export type { SlotRejection } from './slot-predicate.js';
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
export {
  createCalendarService,
  maximumBusyCacheMs,
  type CalendarService,
  type CalendarServiceOptions,
  type CalendarServiceSlotResult,
  type ProposeSlotsInput,
} from './calendar-service.js';
export type { HostCalendarSource } from './host-calendar-source.js';
export {
  readHostBusy,
  defaultCalendarTimeoutMs,
  type HostBusyRead,
  type CalendarReadFailure,
} from './read-host-busy.js';
export { assignHost, type AssignHostInput, type AssignHostResult, type RoundRobinState } from './assign-host.js';
