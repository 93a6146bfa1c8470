/** An in-memory {@link SchedulingConversationStore} for tests and single-run tools. */
import type {
  MeetingEvent,
  SchedulingConversation,
  SchedulingConversationStore,
  SchedulingOutcomeRecord,
} from '../../ports/scheduling-conversation-store.js';
import { pageConversations } from './page-conversations.js';

/** The store plus what it recorded. */
export interface InMemorySchedulingConversationStore extends SchedulingConversationStore {
  readonly meetingEvents: MeetingEvent[];
  readonly outcomes: SchedulingOutcomeRecord[];
}

/** Creates an empty store; rows are deep-copied in and out, like a database. */
export function createInMemorySchedulingConversationStore(): InMemorySchedulingConversationStore {
  const rows = new Map<string, SchedulingConversation>();
  const copy = (conversation: SchedulingConversation): SchedulingConversation => structuredClone(conversation);
  const meetingEvents: MeetingEvent[] = [];
  const outcomes: SchedulingOutcomeRecord[] = [];
  return {
    meetingEvents,
    outcomes,
    async save(conversation) {
      rows.set(conversation.id, copy(conversation));
    },
    async get(id) {
      const row = rows.get(id);
      return row ? copy(row) : undefined;
    },
    async findByBookingId(bookingId) {
      const row = [...rows.values()].find((candidate) => candidate.bookingId === bookingId);
      return row ? copy(row) : undefined;
    },
    async findLatestForLead(leadId) {
      const matching = [...rows.values()].filter((row) => row.leadId === leadId);
      const latest = matching.sort((left, right) => right.createdAt.localeCompare(left.createdAt))[0];
      return latest ? copy(latest) : undefined;
    },
    async listMeetings() {
      return [...rows.values()]
        .filter((row) => row.status === 'booked' || row.status === 'cancelled')
        .sort((left, right) => (right.meetingStart ?? '').localeCompare(left.meetingStart ?? ''))
        .map(copy);
    },
    async listConversations(filter) {
      const page = pageConversations([...rows.values()], filter);
      return { ...page, items: page.items.map(copy) };
    },
    async recordMeetingEvent(event) {
      meetingEvents.push({ ...event });
    },
    async recordOutcome(outcome) {
      outcomes.push({ ...outcome });
    },
  };
}
