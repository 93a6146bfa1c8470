/**
 * A scheduling conversation service over in-memory parts, for tests: host `alex` in Europe/London with the
 * default hours (Mon–Fri 09:00–18:00, 15-minute buffer), a settable clock, and recorded outbound messages
 * and escalations. Reminder jobs are accepted and dropped.
 */
import type { JobQueue } from '../../../ports/job-queue.js';
import type { SchedulingMessage, SchedulingOutbox } from '../../../ports/scheduling-outbox.js';
import { createBookingService } from '../../booking-service.js';
import { createInMemoryCalendarAdapter } from '../../in-memory-calendar-adapter.js';
import { createInProcessHostLock } from '../../in-process-host-lock.js';
import { createInMemorySchedulingConversationStore } from '../in-memory-scheduling-conversation-store.js';
import { createSchedulingConversationService } from '../scheduling-conversation-service.js';
import { createStaticVideoLinkProvider } from '../static-video-link-provider.js';

/** Builds the harness with the clock at `now` (ISO-8601 instant). */
export function createConversationHarness(now: string) {
  const clock = { now: () => new Date(now) };
  const calendar = createInMemoryCalendarAdapter({ latency: { minimumMilliseconds: 0, maximumMilliseconds: 0 } });
  const host = { id: 'alex', name: 'Alex Host', email: 'alex@example.com', timezone: 'Europe/London' };
  const store = createInMemorySchedulingConversationStore();
  const messages: SchedulingMessage[] = [];
  const escalations: { reason: string; summary: string }[] = [];
  const outbox: SchedulingOutbox = {
    submit: async (message) => void messages.push(message),
    escalate: async (escalation) => void escalations.push(escalation),
  };
  const jobs: JobQueue = {
    declareQueues: async () => undefined,
    send: async () => null,
    work: async () => undefined,
    queuedCount: async () => 0,
    stop: async () => undefined,
  };
  let ids = 0;
  const service = createSchedulingConversationService({
    host,
    calendar,
    booking: createBookingService({ host, calendar, now: clock.now, lock: createInProcessHostLock() }),
    deleteEvent: (id) => calendar.deleteEvent(id),
    store,
    outbox,
    jobs,
    videoLinks: createStaticVideoLinkProvider('https://meet.example.com/alex'),
    clock,
    newId: () => `conversation-${++ids}`,
    sleep: async () => undefined,
  });
  return { service, calendar, store, messages, escalations };
}
