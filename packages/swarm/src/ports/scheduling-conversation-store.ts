/**
 * Durable state of SCHEDULER's email conversations (SPEC §7, specs/scheduling.md §6.6 and §6.9): one
 * conversation per lead thread, the exact proposal instants, the exchange count and status, plus the
 * meeting events and learning observations the conversation produces. In tests an in-memory map; in
 * production the store (migration 0014).
 */

/** Where a conversation stands. `escalated` and `cancelled` are terminal until a human restarts the flow. */
export type SchedulingConversationStatus = 'awaiting-reply' | 'booked' | 'cancelled' | 'escalated';

/** One outbound or inbound step, kept for the escalation summary (spec §6.9). */
export interface SchedulingExchangeRecord {
  /** `outbound` = one scheduling message from SCHEDULER (an exchange); `inbound` = a prospect reply. */
  direction: 'outbound' | 'inbound';
  /** ISO-8601 UTC. */
  at: string;
  /** What happened, e.g. `proposed 3 slots`, `picked 2026-03-05T15:00:00.000Z: SLOT_UNAVAILABLE`. */
  note: string;
}

/** The conversation row. Every instant is ISO-8601 UTC as produced by `Date#toISOString()`. */
export interface SchedulingConversation {
  id: string;
  leadId: string;
  leadEmail: string;
  hostId: string;
  /** Root Message-ID of the email thread (ARCHITECTURE.md "Outbox = thread ledger"). */
  threadKey: string;
  /** IANA zone the prospect's times are read and written in. */
  prospectTimezone: string;
  /** False while the zone is a guess the prospect has not confirmed (spec §6.9 escalation). */
  timezoneConfirmed: boolean;
  durationMinutes: number;
  status: SchedulingConversationStatus;
  /** Outbound scheduling messages sent so far (spec §6.9: at most 5 without a booking). */
  exchangeCount: number;
  /** Start instants of the most recent proposals, in the order shown ("the second one" = index 1). */
  proposals: string[];
  /** Consecutive proposal rounds whose every slot was outside the prospect's preferred hours. */
  outsidePreferredStreak: number;
  history: SchedulingExchangeRecord[];
  /** The booking (provider event id) once booked. */
  bookingId: string | null;
  /** Start instant of the booked meeting. */
  meetingStart: string | null;
  /** Why it was escalated, when it was. */
  escalationReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `meeting-booked {meetingId, leadId, hostId, start, end}` / `meeting-cancelled` (ARCHITECTURE.md "Domain events"). */
export interface MeetingEvent {
  type: 'meeting-booked' | 'meeting-cancelled';
  meetingId: string;
  leadId: string;
  hostId: string;
  /** ISO-8601 UTC. */
  start: string;
  /** ISO-8601 UTC. */
  end: string;
  /** ISO-8601 UTC, when it happened. */
  at: string;
}

/** A learning observation (SPEC §7 "Learning: exchanges-to-book, accepted slot times per segment"; SPEC §11). */
export interface SchedulingOutcomeRecord {
  conversationId: string;
  leadId: string;
  /** Outbound exchanges it took to book. */
  exchangesToBook: number;
  /** ISO-8601 UTC start of the accepted slot. */
  acceptedStart: string;
  /** Prospect-local weekday (`mon`…`sun`) and `HH:mm` of the accepted slot, for slot-preference learning. */
  prospectWeekday: string;
  prospectTime: string;
  /** ISO-8601 UTC. */
  at: string;
}

/** Every {@link SchedulingConversationStatus}, for filters and validation at the API boundary. */
export const schedulingConversationStatuses: readonly SchedulingConversationStatus[] = [
  'awaiting-reply',
  'booked',
  'cancelled',
  'escalated',
];

/** Filter and keyset position of one page of conversations (`GET /api/meetings`, issue 7). */
export interface SchedulingConversationFilter {
  /** Only conversations in this status; absent = every status. */
  status?: SchedulingConversationStatus;
  /** Page size, 1–200. */
  limit: number;
  /** `nextCursor` of the previous page (opaque; only the store that issued it can read it). */
  cursor?: string;
}

/** One page of conversations: `{ items, total, nextCursor }` like every listing (`total` counts the filter). */
export interface SchedulingConversationPage {
  items: SchedulingConversation[];
  total: number;
  nextCursor: string | null;
}

/** Conversation persistence plus the events and observations it emits. */
export interface SchedulingConversationStore {
  /** Creates or replaces the row with this `id`. */
  save(conversation: SchedulingConversation): Promise<void>;
  get(id: string): Promise<SchedulingConversation | undefined>;
  /** The newest conversation for a lead, whatever its status. */
  findLatestForLead(leadId: string): Promise<SchedulingConversation | undefined>;
  /** The conversation whose live booking has this provider event id (`meeting-booked`'s `meetingId`). */
  findByBookingId(bookingId: string): Promise<SchedulingConversation | undefined>;
  /** Conversations with a booking (status `booked` or `cancelled`), newest meeting first. */
  listMeetings(): Promise<SchedulingConversation[]>;
  /**
   * Conversations of any status (or the filter's), most recently updated first (`updatedAt DESC, id
   * DESC`), keyset-paginated; for the meetings view of the API and dashboard (issue 7).
   * @throws CaioError `input_invalid` for a cursor this store did not issue.
   */
  listConversations(filter: SchedulingConversationFilter): Promise<SchedulingConversationPage>;
  /** Stores a `meeting-booked` / `meeting-cancelled` domain event. */
  recordMeetingEvent(event: MeetingEvent): Promise<void>;
  /** Stores a learning observation. */
  recordOutcome(outcome: SchedulingOutcomeRecord): Promise<void>;
}
