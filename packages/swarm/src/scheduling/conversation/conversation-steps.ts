/**
 * The steps behind {@link SchedulingConversationService} (specs/scheduling.md §6.6–§6.9). Each step loads
 * the conversation, decides, performs its effects through ports, and saves the new state.
 */
import type { SchedulingConversation } from '../../ports/scheduling-conversation-store.js';
import { weekdayOf } from '../civil-date.js';
import { providerEventId } from '../provider-event-id.js';
import { isValidTimeZone, readLocal } from '../time-zone.js';
import { resolveHostConfig } from '../host-config.js';
import { labelInstant } from '../slot-labels.js';
import type { Slot } from '../slot.js';
import { buildMeetingInvite } from './build-meeting-invite.js';
import {
  availabilityHorizonDays,
  escalationSummary,
  exchangeLimitReached,
  outsidePreferredRoundsLimit,
  type EscalationReason,
} from './escalation-conditions.js';
import { formatProspectTime } from './format-prospect-time.js';
import { nearestAlternatives } from './nearest-alternatives.js';
import { readSlots, type SlotReadRequest } from './read-slots.js';
import {
  ungatedEventCancellation,
  type EventCancellationOutcome,
  type MeetingChangeRequester,
} from './meeting-event-cancellation.js';
import { reminderIdempotencyKey } from '../plan-reminders.js';
import { cancelMeetingReminders, isReminderLive, scheduleMeetingReminders } from './reminder-jobs.js';
import { proposalsHeaderName, renderProposalEmail, type ProposalEmailReason } from './render-proposal-email.js';
import { resolveProspectSuggestion, type ProspectSuggestion } from './resolve-prospect-suggestion.js';
import { resolveSchedulingAnswer } from './resolve-scheduling-answer.js';
import type {
  ConversationStepResult,
  SchedulingConversationDependencies,
  SchedulingConversationService,
} from './scheduling-conversation-service.js';

const dayMilliseconds = 86_400_000;

/** The idempotency key of the booking a conversation makes for `start` (one booking per conversation + slot). */
export function conversationBookingKey(conversationId: string, start: string): string {
  return `scheduling:${conversationId}:${start}`;
}

/** The ISO-8601 UTC end of the conversation's meeting starting at `start` (an ISO-8601 instant). */
function meetingEnd(conversation: SchedulingConversation, start: string): string {
  return new Date(Date.parse(start) + conversation.durationMinutes * 60_000).toISOString();
}

/** Who and which thread every outbound scheduling message of the conversation goes to. */
function replyAddress(conversation: SchedulingConversation) {
  return {
    conversationId: conversation.id,
    leadId: conversation.leadId,
    to: conversation.leadEmail,
    threadKey: conversation.threadKey,
  };
}

/** Builds the steps. */
export function createConversationSteps(deps: SchedulingConversationDependencies): SchedulingConversationService {
  const host = resolveHostConfig(deps.host);
  const duration = deps.durationMinutes ?? 30;
  const sleep =
    deps.sleep ?? ((milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));
  const nowIso = () => deps.clock.now().toISOString();

  const load = async (id: string): Promise<SchedulingConversation | undefined> => deps.store.get(id);
  const note = (conversation: SchedulingConversation, direction: 'outbound' | 'inbound', text: string) => {
    conversation.history.push({ direction, at: nowIso(), note: text });
    conversation.updatedAt = nowIso();
  };

  async function escalate(
    conversation: SchedulingConversation,
    reason: EscalationReason,
  ): Promise<ConversationStepResult> {
    conversation.status = 'escalated';
    conversation.escalationReason = reason;
    note(conversation, 'outbound', `escalated: ${reason}`);
    await deps.store.save(conversation);
    await deps.outbox.escalate({
      conversationId: conversation.id,
      leadId: conversation.leadId,
      reason,
      summary: escalationSummary(conversation, reason),
    });
    return { kind: 'escalated', conversation, reason };
  }

  async function read(conversation: SchedulingConversation, window?: Partial<SlotReadRequest>) {
    const now = nowIso();
    const request: SlotReadRequest = {
      now,
      windowStart: window?.windowStart ?? now,
      windowEnd:
        window?.windowEnd ?? new Date(Date.parse(now) + availabilityHorizonDays * dayMilliseconds).toISOString(),
      durationMinutes: conversation.durationMinutes,
      prospectTimezone: conversation.prospectTimezone,
      ...(window?.preferredHours ? { preferredHours: window.preferredHours } : {}),
    };
    return readSlots(deps.calendar, deps.host, request, {
      attempts: deps.calendarAttempts ?? 3,
      sleep,
      backoffMilliseconds: 1000,
    });
  }

  async function propose(
    conversation: SchedulingConversation,
    slots: Slot[],
    reason: ProposalEmailReason,
    rejectedPickLabel?: string,
  ): Promise<ConversationStepResult> {
    if (exchangeLimitReached(conversation)) return escalate(conversation, 'exchange-limit');
    if (slots.length === 0) return escalate(conversation, 'no-availability-14-days');
    conversation.outsidePreferredStreak = slots.every((slot) => !slot.prospectPreferred)
      ? conversation.outsidePreferredStreak + 1
      : 0;
    if (conversation.outsidePreferredStreak >= outsidePreferredRoundsLimit) {
      return escalate(conversation, 'outside-preferred-hours-twice');
    }
    const starts = slots.map((slot) => slot.start);
    const email = renderProposalEmail({
      starts,
      durationMinutes: conversation.durationMinutes,
      prospectTimezone: conversation.prospectTimezone,
      hostTimezone: host.timezone,
      reason,
      ...(rejectedPickLabel ? { rejectedPickLabel } : {}),
    });
    conversation.exchangeCount += 1;
    conversation.proposals = starts;
    conversation.status = 'awaiting-reply';
    note(conversation, 'outbound', `proposed ${starts.length} slots (${reason})`);
    await deps.outbox.submit({
      action: 'scheduling_response',
      ...replyAddress(conversation),
      subject: email.subject,
      text: email.text,
      headers: email.headers,
      idempotencyKey: `scheduling:${conversation.id}:exchange:${conversation.exchangeCount}`,
    });
    await deps.store.save(conversation);
    return { kind: 'proposed', conversation };
  }

  async function proposeFresh(conversation: SchedulingConversation, reason: ProposalEmailReason) {
    const slots = await read(conversation);
    if (slots.degraded) return escalate(conversation, 'calendar-degraded');
    if (slots.result.available.length === 0) return escalate(conversation, 'no-availability-14-days');
    const shown = new Set(conversation.proposals);
    const unseen = slots.result.available.filter((slot) => !shown.has(slot.start));
    const fresh = reason === 'declined' && unseen.length > 0 ? unseen.slice(0, 5) : slots.result.proposals;
    return propose(conversation, fresh, reason);
  }

  /**
   * Proposes within a window the prospect named (their part of day as the engine's preferred tier);
   * an empty window falls back to fresh proposals with `fallbackReason`.
   */
  async function proposeWithin(
    conversation: SchedulingConversation,
    window: Partial<SlotReadRequest>,
    reason: ProposalEmailReason,
    fallbackReason: ProposalEmailReason,
  ): Promise<ConversationStepResult> {
    const slots = await read(conversation, window);
    if (slots.degraded) return escalate(conversation, 'calendar-degraded');
    if (slots.result.available.length === 0) return proposeFresh(conversation, fallbackReason);
    return propose(conversation, slots.result.proposals, reason);
  }

  /**
   * A specific time the prospect named (ISO-8601 `start`): re-validated with the §6.4 predicate on fresh
   * busy data (a window reaching at least 2 days past it), then the invite goes for approval; otherwise
   * the nearest valid alternatives, naming their time as not available (spec §6.6).
   */
  async function acceptPick(conversation: SchedulingConversation, start: string): Promise<ConversationStepResult> {
    const pick = Date.parse(start);
    const windowEnd = Math.max(
      Date.parse(nowIso()) + availabilityHorizonDays * dayMilliseconds,
      pick + 2 * dayMilliseconds,
    );
    const slots = await read(conversation, { windowEnd: new Date(windowEnd).toISOString() });
    if (slots.degraded) return escalate(conversation, 'calendar-degraded');
    if (slots.result.available.some((slot) => slot.start === start)) return requestInvite(conversation, start);
    note(conversation, 'inbound', `pick ${start} not available`);
    const label = formatProspectTime(conversation.prospectTimezone, pick);
    return propose(conversation, nearestAlternatives(slots.result.available, pick), 'alternatives', label);
  }

  /** `start` with the prospect's own words (issue 7): their time, their preference, or fresh proposals. */
  async function startFromSuggestion(
    conversation: SchedulingConversation,
    suggestion: ProspectSuggestion,
  ): Promise<ConversationStepResult> {
    note(conversation, 'inbound', `request: ${suggestion.text.slice(0, 200)}`);
    const reading = resolveProspectSuggestion(suggestion, conversation.prospectTimezone);
    if (reading.kind === 'time') return acceptPick(conversation, reading.start);
    if (reading.kind === 'window') return proposeWithin(conversation, reading, 'suggested', 'initial');
    return proposeFresh(conversation, 'initial');
  }

  async function requestInvite(conversation: SchedulingConversation, start: string): Promise<ConversationStepResult> {
    const end = meetingEnd(conversation, start);
    const bookingId = providerEventId(host.id, conversationBookingKey(conversation.id, start));
    const videoLink = await deps.videoLinks.linkFor({ bookingId, title: meetingTitle(conversation), start, end });
    conversation.proposals = [start];
    conversation.status = 'awaiting-reply';
    note(conversation, 'outbound', `invite for ${start} submitted for approval`);
    await deps.outbox.submit({
      action: 'calendar_invite_create',
      ...replyAddress(conversation),
      subject: `Invitation: ${meetingTitle(conversation)}`,
      text: `Great, you're booked for ${formatProspectTime(conversation.prospectTimezone, Date.parse(start))}.\nJoin: ${videoLink}`,
      headers: { [proposalsHeaderName]: start },
      calendar: { method: 'REQUEST', content: invite(conversation, bookingId, start, end, videoLink, 'REQUEST') },
      idempotencyKey: `scheduling:${conversation.id}:invite:${start}`,
      meetingStart: start,
    });
    await deps.store.save(conversation);
    return { kind: 'invite-pending', conversation, start };
  }

  function meetingTitle(conversation: SchedulingConversation): string {
    return `${deps.host.name} / ${conversation.leadEmail}`;
  }

  function invite(
    conversation: SchedulingConversation,
    bookingId: string,
    start: string,
    end: string,
    videoLink: string,
    method: 'REQUEST' | 'CANCEL',
  ): string {
    return buildMeetingInvite({
      bookingId,
      method,
      sequence: method === 'CANCEL' ? 1 : 0,
      title: meetingTitle(conversation),
      start,
      end,
      now: nowIso(),
      organizer: { name: deps.host.name, email: deps.host.email },
      attendees: [{ email: conversation.leadEmail }],
      videoLink,
    });
  }

  const cancelEvent = deps.cancelEvent ?? ungatedEventCancellation(deps.deleteEvent);

  /**
   * Removes the booking (spec §6.8): the event through `cancelEvent` first — a refusal returns before
   * anything changes — then the queued reminders, the METHOD:CANCEL message and `meeting-cancelled`.
   */
  async function cancelBooking(
    conversation: SchedulingConversation,
    reason: string,
    requestedBy: MeetingChangeRequester | undefined,
  ): Promise<EventCancellationOutcome | null> {
    if (conversation.bookingId === null || conversation.meetingStart === null) return null;
    const bookingId = conversation.bookingId;
    const start = conversation.meetingStart;
    const end = meetingEnd(conversation, start);
    const removal = await cancelEvent({
      conversationId: conversation.id,
      leadId: conversation.leadId,
      bookingId,
      meetingStart: start,
      reason,
      ...(requestedBy ? { requestedBy } : {}),
    });
    if (removal.status === 'refused') return removal;
    await cancelMeetingReminders(deps.jobs, bookingId);
    const videoLink = await deps.videoLinks.linkFor({ bookingId, title: meetingTitle(conversation), start, end });
    await deps.outbox.submit({
      action: 'scheduling_response',
      ...replyAddress(conversation),
      subject: `Cancelled: ${meetingTitle(conversation)}`,
      text: `The meeting on ${formatProspectTime(conversation.prospectTimezone, Date.parse(start))} is cancelled.`,
      headers: {},
      calendar: { method: 'CANCEL', content: invite(conversation, bookingId, start, end, videoLink, 'CANCEL') },
      idempotencyKey: `scheduling:${conversation.id}:cancel:${bookingId}`,
    });
    // After the notice (which reuses the stored link); a vendor failure must not block the cancel.
    await deps.videoLinks.release?.(bookingId).catch(() => undefined);
    await deps.store.recordMeetingEvent({
      type: 'meeting-cancelled',
      meetingId: bookingId,
      leadId: conversation.leadId,
      hostId: host.id,
      start,
      end,
      at: nowIso(),
    });
    conversation.bookingId = null;
    conversation.meetingStart = null;
    return removal;
  }

  /** A refused removal: the conversation is not touched (not even saved, so a retry is not mistaken as done). */
  function refusedChange(
    conversation: SchedulingConversation,
    removal: EventCancellationOutcome | null,
  ): ConversationStepResult | null {
    if (removal?.status !== 'refused') return null;
    return { kind: 'refused', conversation, reasonCode: removal.reasonCode, message: removal.message };
  }

  return {
    async start(request) {
      const now = nowIso();
      const conversation: SchedulingConversation = {
        id: deps.newId(),
        leadId: request.leadId,
        leadEmail: request.leadEmail,
        hostId: host.id,
        threadKey: request.threadKey,
        prospectTimezone: request.timezone.id ?? 'UTC',
        timezoneConfirmed: request.timezone.source === 'confirmed',
        durationMinutes: duration,
        status: 'awaiting-reply',
        exchangeCount: 0,
        proposals: [],
        outsidePreferredStreak: 0,
        history: [],
        bookingId: null,
        meetingStart: null,
        escalationReason: null,
        createdAt: now,
        updatedAt: now,
      };
      if (!isValidTimeZone(request.timezone.id) || request.timezone.source === 'ambiguous') {
        return escalate(conversation, 'timezone-unknown');
      }
      if (request.prospectSuggestion) return startFromSuggestion(conversation, request.prospectSuggestion);
      return proposeFresh(conversation, 'initial');
    },

    async handleReply(conversationId, text) {
      const conversation = await load(conversationId);
      if (!conversation || conversation.status !== 'awaiting-reply')
        return { kind: 'ignored', reason: 'not awaiting a reply' };
      note(conversation, 'inbound', `reply: ${text.slice(0, 200)}`);
      const answer = resolveSchedulingAnswer({
        text,
        now: nowIso(),
        prospectTimezone: conversation.prospectTimezone,
        proposals: conversation.proposals,
      });
      if (answer.kind === 'refusal') return proposeFresh(conversation, 'declined');
      if (answer.kind === 'unclear') {
        if (conversation.proposals.length === 0) return proposeFresh(conversation, 'clarify');
        const slots = await read(conversation);
        if (slots.degraded) return escalate(conversation, 'calendar-degraded');
        const still = slots.result.available.filter((slot) => conversation.proposals.includes(slot.start));
        return propose(conversation, still.length > 0 ? still : slots.result.proposals, 'clarify');
      }
      if (answer.kind === 'window') return proposeWithin(conversation, answer, 'alternatives', 'alternatives');
      return acceptPick(conversation, answer.start);
    },

    async confirmInvite(conversationId) {
      const conversation = await load(conversationId);
      const start = conversation?.proposals.length === 1 ? conversation.proposals[0] : undefined;
      if (!conversation || conversation.status !== 'awaiting-reply' || start === undefined) {
        return { kind: 'ignored', reason: 'no invite pending' };
      }
      const bookingKey = conversationBookingKey(conversation.id, start);
      const end = meetingEnd(conversation, start);
      const provisionalId = providerEventId(host.id, bookingKey);
      const videoLink = await deps.videoLinks.linkFor({
        bookingId: provisionalId,
        title: meetingTitle(conversation),
        start,
        end,
      });
      const outcome = await deps.booking.book({
        id: conversation.id,
        start,
        durationMinutes: conversation.durationMinutes,
        idempotencyKey: bookingKey,
        title: meetingTitle(conversation),
        videoLink,
      });
      if (!outcome.ok) {
        note(conversation, 'outbound', `booking guard refused ${start}: ${outcome.code}`);
        const slots = await read(conversation);
        if (slots.degraded) return escalate(conversation, 'calendar-degraded');
        const label = formatProspectTime(conversation.prospectTimezone, Date.parse(start));
        return propose(
          conversation,
          nearestAlternatives(slots.result.available, Date.parse(start)),
          'alternatives',
          label,
        );
      }
      const bookedAt = nowIso();
      conversation.status = 'booked';
      conversation.bookingId = outcome.bookingId;
      conversation.meetingStart = start;
      note(conversation, 'outbound', `booked ${start} as ${outcome.bookingId}`);
      await deps.store.save(conversation);
      await deps.store.recordMeetingEvent({
        type: 'meeting-booked',
        meetingId: outcome.bookingId,
        leadId: conversation.leadId,
        hostId: host.id,
        start,
        end,
        at: bookedAt,
      });
      const local = readLocal(conversation.prospectTimezone, Date.parse(start));
      await deps.store.recordOutcome({
        conversationId: conversation.id,
        leadId: conversation.leadId,
        exchangesToBook: conversation.exchangeCount,
        acceptedStart: start,
        prospectWeekday: weekdayOf(local.dayNumber),
        prospectTime: labelInstant(conversation.prospectTimezone, Date.parse(start)).time,
        at: bookedAt,
      });
      await scheduleMeetingReminders(deps.jobs, {
        conversationId: conversation.id,
        bookingId: outcome.bookingId,
        meetingStart: start,
        bookedAt,
        durationMinutes: conversation.durationMinutes,
      });
      if (outcome.conflictDetected) await escalate(conversation, 'post-write-conflict');
      return { kind: 'booked', conversation, bookingId: outcome.bookingId };
    },

    async cancel(conversationId, reason, requestedBy) {
      const conversation = await load(conversationId);
      if (!conversation || conversation.status !== 'booked') return { kind: 'ignored', reason: 'nothing booked' };
      const refused = refusedChange(conversation, await cancelBooking(conversation, reason, requestedBy));
      if (refused) return refused;
      conversation.status = 'cancelled';
      note(conversation, 'outbound', `cancelled: ${reason}`);
      await deps.store.save(conversation);
      return { kind: 'cancelled', conversation };
    },

    async reschedule(conversationId, requestedBy) {
      const conversation = await load(conversationId);
      if (!conversation || conversation.status !== 'booked') return { kind: 'ignored', reason: 'nothing booked' };
      const refused = refusedChange(conversation, await cancelBooking(conversation, 'reschedule', requestedBy));
      if (refused) return refused;
      // A reschedule is a new round: the exchange limit counts from here.
      conversation.exchangeCount = 0;
      conversation.outsidePreferredStreak = 0;
      conversation.proposals = [];
      note(conversation, 'outbound', 'reschedule requested');
      return proposeFresh(conversation, 'reschedule');
    },

    async sendReminder(payload) {
      const conversation = await load(payload.conversationId);
      if (!conversation || !isReminderLive(conversation, payload))
        return { kind: 'ignored', reason: 'booking no longer live' };
      const start = Date.parse(payload.meetingStart);
      await deps.outbox.submit({
        action: 'reminder_send',
        ...replyAddress(conversation),
        subject: `Reminder: ${meetingTitle(conversation)} ${payload.kind === '1h' ? 'in 1 hour' : 'tomorrow'}`,
        text: `A reminder of our meeting on ${formatProspectTime(conversation.prospectTimezone, start)}.`,
        headers: {},
        idempotencyKey: reminderIdempotencyKey(payload.bookingId, payload.kind),
      });
      return { kind: 'booked', conversation, bookingId: payload.bookingId };
    },
  };
}
