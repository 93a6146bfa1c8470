import type {
  SchedulingConversation,
  SchedulingConversationStatus,
  SchedulingExchangeRecord,
} from '../ports/scheduling-conversation-store.js';
import { formatProspectTime } from '../scheduling/conversation/index.js';

/**
 * One scheduling conversation as `GET /api/meetings` lists it (issue 7; the `caio meetings --json`
 * fields plus both zones). Every instant is ISO-8601 UTC; the `…Prospect` / `…Host` strings are the same
 * instant rendered in that person's IANA zone with its GMT offset (specs/scheduling.md §6.6), e.g.
 * `Tue 10 Feb, 7:30 PM Kolkata time (GMT+5:30)`.
 */
export interface MeetingSummary {
  conversationId: string;
  leadId: string;
  leadEmail: string;
  hostId: string;
  status: SchedulingConversationStatus;
  /** Booked start (UTC ISO), or null until booked; a cancelled meeting keeps the start it had. */
  meetingStart: string | null;
  /** The prospect's IANA zone. */
  prospectTimezone: string;
  /** False while the zone is a guess the prospect has not confirmed (spec §6.9). */
  prospectTimezoneConfirmed: boolean;
  /** `meetingStart` in the prospect's zone, or null. */
  meetingStartProspect: string | null;
  /** The host's IANA zone from `hosts[].timezone`, or null when the host is no longer configured. */
  hostTimezone: string | null;
  /** `meetingStart` in the host's zone, or null. */
  meetingStartHost: string | null;
  durationMinutes: number;
  /** Outbound scheduling messages sent so far (spec §6.9: at most 5 without a booking). */
  exchanges: number;
  /** Start instants (UTC ISO) of the latest proposals, in the order the prospect saw them. */
  proposals: string[];
  /** The calendar booking (provider event id), or null. */
  bookingId: string | null;
  updatedAt: string;
}

/** One proposal instant in UTC, the prospect's zone and the host's zone (null when unknown). */
export interface MeetingProposalTime {
  start: string;
  prospect: string | null;
  host: string | null;
}

/** `GET /api/meetings/{conversationId}`: the summary plus the escalation reason, thread and history. */
export interface MeetingDetail extends MeetingSummary {
  /** Why the conversation was handed to a human (spec §6.9), or null. */
  escalationReason: string | null;
  /** Root Message-ID of the email thread. */
  threadKey: string;
  proposalTimes: MeetingProposalTime[];
  history: SchedulingExchangeRecord[];
  createdAt: string;
}

/** An instant rendered in `zone`; null for no instant or no zone, or a zone the runtime does not know. */
function renderIn(zone: string | null, instant: string | null): string | null {
  if (!zone || !instant) return null;
  try {
    return formatProspectTime(zone, Date.parse(instant));
  } catch (error) {
    // One row with a zone this runtime lacks must not fail the whole listing.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * The list shape of one conversation.
 * @param hostTimezones IANA zone per configured host id (`hosts[].timezone`, SPEC §7)
 */
export function presentMeeting(
  conversation: SchedulingConversation,
  hostTimezones: Readonly<Record<string, string>>,
): MeetingSummary {
  const hostTimezone = hostTimezones[conversation.hostId] ?? null;
  return {
    conversationId: conversation.id,
    leadId: conversation.leadId,
    leadEmail: conversation.leadEmail,
    hostId: conversation.hostId,
    status: conversation.status,
    meetingStart: conversation.meetingStart,
    prospectTimezone: conversation.prospectTimezone,
    prospectTimezoneConfirmed: conversation.timezoneConfirmed,
    meetingStartProspect: renderIn(conversation.prospectTimezone, conversation.meetingStart),
    hostTimezone,
    meetingStartHost: renderIn(hostTimezone, conversation.meetingStart),
    durationMinutes: conversation.durationMinutes,
    exchanges: conversation.exchangeCount,
    proposals: [...conversation.proposals],
    bookingId: conversation.bookingId,
    updatedAt: conversation.updatedAt,
  };
}

/** The detail shape of one conversation (see {@link presentMeeting}). */
export function presentMeetingDetail(
  conversation: SchedulingConversation,
  hostTimezones: Readonly<Record<string, string>>,
): MeetingDetail {
  const summary = presentMeeting(conversation, hostTimezones);
  return {
    ...summary,
    escalationReason: conversation.escalationReason,
    threadKey: conversation.threadKey,
    proposalTimes: conversation.proposals.map((start) => ({
      start,
      prospect: renderIn(conversation.prospectTimezone, start),
      host: renderIn(summary.hostTimezone, start),
    })),
    history: conversation.history.map((record) => ({ ...record })),
    createdAt: conversation.createdAt,
  };
}
