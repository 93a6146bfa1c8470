/**
 * The one scheduling-conversation harness for tests (issue 7; specs/scheduling.md §6.6–§6.9): the
 * conversation service over in-memory parts — host `alex` in Europe/London with the default hours
 * (Mon–Fri 09:00–18:00, 15-minute buffer), a fixed clock, recorded outbound messages and escalations,
 * the in-memory job queue (reminders queued, deletable and runnable with `jobs.runDue`), and the real action
 * gateway over the shipped permission matrix with in-memory kill switches and audit, removing events as
 * `SCHEDULER.cancel_event`. Reserved domains only.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Mode } from '../domain/agents.js';
import { createActionGateway, createHourlyRateLimiter, parsePermissionMatrix } from '../guardrails/index.js';
import { createInMemoryJobQueue } from '../jobs/in-memory-job-queue.js';
import type { AuditEvent } from '../ports/audit-log.js';
import type { KillSwitchName, KillSwitchState } from '../ports/control-flags.js';
import type { SchedulingMessage } from '../ports/scheduling-outbox.js';
import {
  createGatedEventCancellation,
  createInMemorySchedulingConversationStore,
  createSchedulingConversationService,
  createStaticVideoLinkProvider,
  meetingReminderJob,
  type MeetingReminderPayload,
} from '../scheduling/conversation/index.js';
import { createBookingService, createInMemoryCalendarAdapter, createInProcessHostLock } from '../scheduling/index.js';

const matrix = parsePermissionMatrix(
  parse(readFileSync(new URL('../../resources/permission-matrix.yaml', import.meta.url), 'utf8')),
);

/** Options of {@link createConversationHarness}. */
export interface ConversationHarnessOptions {
  /** The clock's start (ISO-8601 instant). Default Monday 2 March 2026, 09:00 UTC. */
  now?: string;
  /** The gateway's operating mode (SPEC §3.6). Default `assisted`. */
  mode?: Mode;
  /**
   * False: cancel/reschedule delete the event directly (`deleteEvent`, no gateway), so a cancel without a
   * requester goes through. Default true: `SCHEDULER.cancel_event` through the gateway.
   */
  gatedCancel?: boolean;
}

/** Builds the harness. */
export function createConversationHarness(options: ConversationHarnessOptions = {}) {
  const now = new Date(options.now ?? '2026-03-02T09:00:00.000Z');
  const clock = { now: () => now };
  const calendar = createInMemoryCalendarAdapter({ latency: { minimumMilliseconds: 0, maximumMilliseconds: 0 } });
  const host = { id: 'alex', name: 'Alex Host', email: 'alex@example.com', timezone: 'Europe/London' };
  const store = createInMemorySchedulingConversationStore();
  const messages: SchedulingMessage[] = [];
  const escalations: { reason: string; summary: string }[] = [];
  const jobs = createInMemoryJobQueue();
  const switches: Record<KillSwitchName, boolean> = {
    EMERGENCY_STOP: false,
    PAUSE_ALL_SENDS: false,
    SHADOW_MODE_OVERRIDE: false,
    REQUIRE_MANUAL_APPROVAL: false,
  };
  const audit: AuditEvent[] = [];
  const gateway = createActionGateway({
    matrix,
    controlFlags: {
      read: async (): Promise<KillSwitchState> => ({ ...switches, sources: {} }),
      set: async (name, on) => void (switches[name] = on),
    },
    mode: options.mode ?? 'assisted',
    rateLimiter: createHourlyRateLimiter(),
    audit: {
      record: async (batch) => void audit.push(...batch),
      query: async () => ({ items: [], total: 0, nextCursor: null }),
    },
    clock,
    redact: (text) => text,
  });
  const deleteEvent = (id: string) => calendar.deleteEvent(id);
  let ids = 0;
  const service = createSchedulingConversationService({
    host,
    calendar,
    booking: createBookingService({ host, calendar, now: clock.now, lock: createInProcessHostLock() }),
    deleteEvent,
    ...(options.gatedCancel === false
      ? {}
      : { cancelEvent: createGatedEventCancellation({ gateway, deleteEvent, clock }) }),
    store,
    outbox: {
      submit: async (message) => void messages.push(message),
      escalate: async (escalation) => void escalations.push(escalation),
    },
    jobs,
    videoLinks: createStaticVideoLinkProvider('https://meet.example.com/alex'),
    clock,
    newId: () => `conversation-${++ids}`,
    sleep: async () => undefined,
  });
  void jobs.work<MeetingReminderPayload>(
    meetingReminderJob,
    async (job) => void (await service.sendReminder(job.payload)),
  );

  /** Starts a conversation with pat@example.org in New York (confirmed zone). */
  const begin = () =>
    service.start({
      leadId: 'lead-1',
      leadEmail: 'pat@example.org',
      threadKey: '<root@example.com>',
      timezone: { id: 'America/New_York', source: 'confirmed' },
    });

  /** {@link begin}s, picks the last proposal (over 24 h away: both reminders) and approves the invite. */
  async function book(): Promise<{ conversationId: string; bookingId: string; start: string }> {
    const started = await begin();
    if (started.kind !== 'proposed') throw new Error(`expected proposals, got ${started.kind}`);
    await service.handleReply(started.conversation.id, 'the last one');
    const booked = await service.confirmInvite(started.conversation.id);
    if (booked.kind !== 'booked') throw new Error(`expected a booking, got ${booked.kind}`);
    return {
      conversationId: started.conversation.id,
      bookingId: booked.bookingId,
      start: started.conversation.proposals.at(-1)!,
    };
  }

  return {
    service,
    store,
    calendar,
    jobs,
    messages,
    escalations,
    audit,
    switches,
    begin,
    book,
    /** Every reminder payload sent to the queue, in send order (whatever the job's state now). */
    reminderPayloads: () =>
      jobs.jobs.filter((job) => job.name === meetingReminderJob).map((job) => job.payload as MeetingReminderPayload),
  };
}
