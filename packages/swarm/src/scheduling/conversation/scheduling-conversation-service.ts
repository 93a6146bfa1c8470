/**
 * SCHEDULER's email conversation (SPEC §7, specs/scheduling.md §6.6–§6.9): propose 3–5 slots, read the
 * free-text answer, re-validate the pick with the §6.4 predicate, hand the invite to approval (class per
 * SPEC §3.6) and book through the guard when it is approved, schedule reminders, emit `meeting-booked` /
 * `meeting-cancelled`, record learning observations, and escalate per §6.9.
 */
import type { Clock } from '../../ports/clock.js';
import type { CalendarAdapter } from '../../ports/calendar-adapter.js';
import type { JobQueue } from '../../ports/job-queue.js';
import type { SchedulingConversation, SchedulingConversationStore } from '../../ports/scheduling-conversation-store.js';
import type { SchedulingOutbox } from '../../ports/scheduling-outbox.js';
import type { VideoLinkProvider } from '../../ports/video-link-provider.js';
import type { BookingService } from '../booking-service.js';
import type { HostConfig } from '../host-config.js';
import { createConversationSteps } from './conversation-steps.js';
import type { CancelMeetingEvent, MeetingChangeRequester } from './meeting-event-cancellation.js';
import type { MeetingReminderPayload } from './reminder-jobs.js';
import type { ProspectSuggestion } from './resolve-prospect-suggestion.js';

/** The host as the conversation needs it: engine config plus who sends the invite. */
export type SchedulingHost = HostConfig & { name: string; email: string };

/** Dependencies of {@link createSchedulingConversationService}. */
export interface SchedulingConversationDependencies {
  host: SchedulingHost;
  /** Busy reads for proposals (the calendar service, or one adapter). */
  calendar: CalendarAdapter;
  /** The §6.7 guard for this host (its own calendar write path). */
  booking: BookingService;
  /** Deletes the booked event on cancel/reschedule (used directly only when `cancelEvent` is absent). */
  deleteEvent: (bookingId: string) => Promise<boolean>;
  /**
   * Removes the booked event as `SCHEDULER.cancel_event` (`createGatedEventCancellation`: kill switches,
   * approval, audit). Absent: `deleteEvent` is called directly (tests).
   */
  cancelEvent?: CancelMeetingEvent;
  store: SchedulingConversationStore;
  outbox: SchedulingOutbox;
  jobs: JobQueue;
  videoLinks: VideoLinkProvider;
  clock: Clock;
  newId: () => string;
  /** Meeting length; default 30 minutes. */
  durationMinutes?: number;
  /** Calendar read tries before `calendar-degraded` escalation; default 3. */
  calendarAttempts?: number;
  /** Waits between tries; default a real timer. */
  sleep?: (milliseconds: number) => Promise<void>;
}

/** How a `start` call learns the prospect's zone. `ambiguous` escalates at once (spec §6.9). */
export interface ProspectTimezone {
  id: string | undefined;
  source: 'confirmed' | 'inferred' | 'ambiguous';
}

/** What each step did, for the caller's log and tests. */
export type ConversationStepResult =
  | { kind: 'proposed'; conversation: SchedulingConversation }
  | { kind: 'invite-pending'; conversation: SchedulingConversation; start: string }
  | { kind: 'booked'; conversation: SchedulingConversation; bookingId: string }
  | { kind: 'escalated'; conversation: SchedulingConversation; reason: string }
  | { kind: 'cancelled'; conversation: SchedulingConversation }
  /** A cancel/reschedule whose event removal was refused (kill switch, shadow mode, …): nothing changed. */
  | { kind: 'refused'; conversation: SchedulingConversation; reasonCode: string; message: string }
  | { kind: 'ignored'; reason: string };

/** The conversation service. */
export interface SchedulingConversationService {
  /**
   * Starts the flow for a lead (the `scheduling-requested` event, or `caio schedule <lead-email>`).
   * An ambiguous or invalid zone escalates first. Then, with `prospectSuggestion` (the reply that asked to
   * meet), the prospect's own words come before fresh proposals (specs/scheduling.md §6.6):
   * - a specific time that passes the §6.4 predicate on fresh busy data → `invite-pending` at that instant
   *   (the invite goes through approval like any other);
   * - a specific time that does not → the nearest valid alternatives, saying their time is not available;
   * - a preference ("mornings next week", "Thursday afternoon") → 3–5 proposals in that window, the
   *   preferred hours as the engine's prospect-preferred tier (§6.5 rule 2);
   * - nothing resolvable, or no suggestion (`caio schedule`) → fresh proposals.
   */
  start(request: {
    leadId: string;
    leadEmail: string;
    threadKey: string;
    timezone: ProspectTimezone;
    prospectFirstName?: string;
    prospectSuggestion?: ProspectSuggestion;
  }): Promise<ConversationStepResult>;
  /** Handles the prospect's reply text (visible part) in a conversation awaiting a reply. */
  handleReply(conversationId: string, text: string): Promise<ConversationStepResult>;
  /**
   * Called by the approval executor when the `calendar_invite_create` item is approved: re-runs the
   * booking guard (SPEC §3.6) and books. `booked` means the invite may leave; anything else means it must not.
   */
  confirmInvite(conversationId: string): Promise<ConversationStepResult>;
  /**
   * Cancels the booked meeting (spec §6.8): removes the event (`cancelEvent`, as `requestedBy`), deletes
   * its queued reminders, sends METHOD:CANCEL, stores `meeting-cancelled`. `refused` when the removal was
   * refused: the meeting, its reminders and the conversation stay as they were.
   */
  cancel(conversationId: string, reason: string, requestedBy?: MeetingChangeRequester): Promise<ConversationStepResult>;
  /**
   * Cancels the booking like {@link cancel} and proposes new times in the same thread (`scheduling_response`,
   * SMART); the new booking queues its own reminders. `refused` as for {@link cancel}.
   */
  reschedule(conversationId: string, requestedBy?: MeetingChangeRequester): Promise<ConversationStepResult>;
  /** The reminder job handler: queues the reminder message when the booking is still live. */
  sendReminder(payload: MeetingReminderPayload): Promise<ConversationStepResult>;
}

/** Creates the service. Holds no state of its own: everything lives in the store. */
export function createSchedulingConversationService(
  dependencies: SchedulingConversationDependencies,
): SchedulingConversationService {
  return createConversationSteps(dependencies);
}
