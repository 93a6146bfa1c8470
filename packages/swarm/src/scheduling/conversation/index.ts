/** The scheduling conversation's public surface (SPEC §7; specs/scheduling.md §6.6–§6.9). */
export {
  createSchedulingConversationService,
  type SchedulingConversationService,
  type SchedulingConversationDependencies,
  type SchedulingHost,
  type ProspectTimezone,
  type ConversationStepResult,
} from './scheduling-conversation-service.js';
export { conversationBookingKey } from './conversation-steps.js';
export {
  resolveSchedulingAnswer,
  type SchedulingAnswer,
  type SchedulingAnswerInput,
} from './resolve-scheduling-answer.js';
export {
  resolveProspectSuggestion,
  type ProspectSuggestion,
  type ProspectSuggestionReading,
} from './resolve-prospect-suggestion.js';
export {
  renderProposalEmail,
  proposalsHeaderName,
  type ProposalEmail,
  type ProposalEmailInput,
} from './render-proposal-email.js';
export { formatProspectTime, formatHostTime } from './format-prospect-time.js';
export { buildMeetingInvite, inviteUid, type MeetingInviteInput } from './build-meeting-invite.js';
export { createStaticVideoLinkProvider } from './static-video-link-provider.js';
export {
  meetingReminderJob,
  scheduleMeetingReminders,
  isReminderLive,
  type MeetingReminderPayload,
} from './reminder-jobs.js';
export { nearestAlternatives } from './nearest-alternatives.js';
export { readSlots, type SlotRead, type SlotReadRequest } from './read-slots.js';
export { maximumExchanges, escalationSummary, type EscalationReason } from './escalation-conditions.js';
export {
  createInMemorySchedulingConversationStore,
  type InMemorySchedulingConversationStore,
} from './in-memory-scheduling-conversation-store.js';
export { detectMeetingChangeRequest, type MeetingChangeRequest } from './detect-meeting-change-request.js';
export {
  ungatedEventCancellation,
  type CancelMeetingEvent,
  type EventCancellationOutcome,
  type EventCancellationRequest,
  type MeetingChangeRequester,
} from './meeting-event-cancellation.js';
export {
  approvalRequiredReasonCode,
  createGatedEventCancellation,
  shadowModeReasonCode,
  type GatedEventCancellationDependencies,
} from './gated-event-cancellation.js';
export { cancelMeetingReminders } from './reminder-jobs.js';
export {
  cancelMeeting,
  findMeeting,
  rescheduleMeeting,
  type MeetingChangeDependencies,
  type MeetingChangeResult,
} from './change-meeting.js';
