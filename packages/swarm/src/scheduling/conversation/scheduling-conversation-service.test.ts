import { describe, expect, it } from 'vitest';
import type { JobQueue, SendJobOptions } from '../../ports/job-queue.js';
import type { SchedulingMessage, SchedulingOutbox } from '../../ports/scheduling-outbox.js';
import { createBookingService } from '../booking-service.js';
import { createInMemoryCalendarAdapter } from '../in-memory-calendar-adapter.js';
import { createInProcessHostLock } from '../in-process-host-lock.js';
import { createInMemorySchedulingConversationStore } from './in-memory-scheduling-conversation-store.js';
import { meetingReminderJob, type MeetingReminderPayload } from './reminder-jobs.js';
import { proposalsHeaderName } from './render-proposal-email.js';
import { createSchedulingConversationService } from './scheduling-conversation-service.js';
import { createStaticVideoLinkProvider } from './static-video-link-provider.js';

// Monday 2 March 2026, 09:00 in London; the prospect is in New York (-05:00 until 8 March).
const startClock = '2026-03-02T09:00:00.000Z';

function setup(options: { failCalendar?: boolean } = {}) {
  let now = new Date(startClock);
  const clock = { now: () => now };
  const calendar = createInMemoryCalendarAdapter({ latency: { minimumMilliseconds: 0, maximumMilliseconds: 0 } });
  if (options.failCalendar) calendar.failListBusyWith(new Error('provider down'));
  const host = { id: 'alex', name: 'Alex Host', email: 'alex@example.com', timezone: 'Europe/London' };
  const store = createInMemorySchedulingConversationStore();
  const messages: SchedulingMessage[] = [];
  const escalations: { reason: string; summary: string }[] = [];
  const outbox: SchedulingOutbox = {
    submit: async (message) => void messages.push(message),
    escalate: async (escalation) => void escalations.push(escalation),
  };
  const jobs: { name: string; payload: MeetingReminderPayload; options: SendJobOptions | undefined }[] = [];
  const singletonKeys = new Set<string>();
  const queue: JobQueue = {
    declareQueues: async () => undefined,
    send: async (name, payload, sendOptions) => {
      if (sendOptions?.singletonKey && singletonKeys.has(sendOptions.singletonKey)) return null;
      if (sendOptions?.singletonKey) singletonKeys.add(sendOptions.singletonKey);
      jobs.push({ name, payload: payload as MeetingReminderPayload, options: sendOptions });
      return String(jobs.length);
    },
    work: async () => undefined,
    queuedCount: async () => jobs.length,
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
    jobs: queue,
    videoLinks: createStaticVideoLinkProvider('https://meet.example.com/alex'),
    clock,
    newId: () => `conversation-${++ids}`,
    sleep: async () => undefined,
  });
  const begin = () =>
    service.start({
      leadId: 'lead-1',
      leadEmail: 'pat@example.org',
      threadKey: '<root@example.com>',
      timezone: { id: 'America/New_York', source: 'confirmed' },
    });
  return {
    service,
    store,
    messages,
    escalations,
    jobs,
    calendar,
    begin,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}

describe('scheduling conversation (SPEC §7, scheduling §6.6–§6.9)', () => {
  it('§6.6: proposes 3–5 slots in the prospect zone and keeps the exact instants in thread state', async () => {
    const { begin, messages } = setup();
    const result = await begin();
    expect(result.kind).toBe('proposed');
    if (result.kind !== 'proposed') return;
    const proposals = result.conversation.proposals;
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    expect(proposals.length).toBeLessThanOrEqual(5);
    const message = messages[0]!;
    expect(message.action).toBe('scheduling_response');
    expect(message.headers[proposalsHeaderName]).toBe(proposals.join(','));
    expect(message.text).toMatch(/New York time \(GMT-5\)/);
    expect(result.conversation.exchangeCount).toBe(1);
  });

  it('SPEC §3.6 + §6.7: "the second one" submits an invite; approving it books once, reminders and meeting-booked follow', async () => {
    const { begin, service, messages, jobs, store, calendar } = setup();
    const started = await begin();
    if (started.kind !== 'proposed') throw new Error('expected proposals');
    const second = started.conversation.proposals[1]!;
    const reply = await service.handleReply(started.conversation.id, 'The second one works for me');
    expect(reply).toMatchObject({ kind: 'invite-pending', start: second });
    const invite = messages.at(-1)!;
    expect(invite.action).toBe('calendar_invite_create');
    expect(invite.calendar?.content).toContain('METHOD:REQUEST');
    expect(invite.calendar?.content).toContain('ORGANIZER;CN="Alex Host":mailto:alex@example.com');
    expect(invite.calendar?.content).toContain('https://meet.example.com/alex');
    expect(calendar.calls.createEvent).toBe(0);

    const booked = await service.confirmInvite(started.conversation.id);
    expect(booked.kind).toBe('booked');
    const again = await service.confirmInvite(started.conversation.id);
    expect(again.kind).toBe('ignored');
    expect(calendar.calls.createEvent).toBe(1);
    if (booked.kind !== 'booked') return;
    expect(invite.calendar?.content).toContain(`UID:${booked.bookingId}@caio-swarm`);
    expect(store.meetingEvents).toEqual([
      expect.objectContaining({ type: 'meeting-booked', meetingId: booked.bookingId, start: second }),
    ]);
    expect(store.outcomes).toEqual([expect.objectContaining({ exchangesToBook: 1, acceptedStart: second })]);
    expect(jobs.map((job) => [job.name, job.options?.singletonKey, job.options?.startAfter?.toISOString()])).toEqual([
      [meetingReminderJob, `reminder:${booked.bookingId}:24h`, new Date(Date.parse(second) - 86_400_000).toISOString()],
      [meetingReminderJob, `reminder:${booked.bookingId}:1h`, new Date(Date.parse(second) - 3_600_000).toISOString()],
    ]);
  });

  it('§6.6: an unavailable pick gets the nearest valid alternatives and counts as an exchange', async () => {
    const { begin, service, messages } = setup();
    const started = await begin();
    if (started.kind !== 'proposed') throw new Error('expected proposals');
    // Saturday is not a working day for the host.
    const result = await service.handleReply(started.conversation.id, 'Saturday at 10am');
    expect(result.kind).toBe('proposed');
    if (result.kind !== 'proposed') return;
    expect(result.conversation.exchangeCount).toBe(2);
    expect(messages.at(-1)!.text).toContain('is no longer available');
    expect(result.conversation.proposals.length).toBeGreaterThan(0);
  });

  it('§6.9: after 5 exchanges without a booking it escalates with a summary', async () => {
    const { begin, service, escalations } = setup();
    const started = await begin();
    if (started.kind !== 'proposed') throw new Error('expected proposals');
    let last = started as Awaited<ReturnType<typeof service.handleReply>>;
    for (let round = 0; round < 5; round += 1)
      last = await service.handleReply(started.conversation.id, 'None of these work');
    expect(last.kind).toBe('escalated');
    expect(escalations[0]?.reason).toBe('exchange-limit');
    expect(escalations[0]?.summary).toContain('Exchanges: 5');
  });

  it('§6.9: an ambiguous prospect zone and degraded calendar data escalate immediately', async () => {
    const ambiguous = setup();
    const result = await ambiguous.service.start({
      leadId: 'lead-2',
      leadEmail: 'sam@example.org',
      threadKey: '<t2@example.com>',
      timezone: { id: 'America/Chicago', source: 'ambiguous' },
    });
    expect(result).toMatchObject({ kind: 'escalated', reason: 'timezone-unknown' });
    const degraded = setup({ failCalendar: true });
    expect(await degraded.begin()).toMatchObject({ kind: 'escalated', reason: 'calendar-degraded' });
    expect(degraded.messages).toEqual([]);
  });

  it('§6.8: cancel deletes the event, stores meeting-cancelled and makes queued reminders no-ops', async () => {
    const { begin, service, store, jobs, calendar, messages } = setup();
    const started = await begin();
    if (started.kind !== 'proposed') throw new Error('expected proposals');
    await service.handleReply(started.conversation.id, 'option 1');
    const booked = await service.confirmInvite(started.conversation.id);
    if (booked.kind !== 'booked') throw new Error('expected booking');
    const reminder = jobs.at(-1)!.payload;
    expect(await service.sendReminder(reminder)).toMatchObject({ kind: 'booked' });
    expect(messages.at(-1)!.action).toBe('reminder_send');
    await service.cancel(started.conversation.id, 'prospect asked');
    expect(calendar.events()).toHaveLength(0);
    expect(messages.at(-1)!.calendar?.content).toContain('METHOD:CANCEL');
    expect(store.meetingEvents.map((event) => event.type)).toEqual(['meeting-booked', 'meeting-cancelled']);
    expect(await service.sendReminder(reminder)).toMatchObject({ kind: 'ignored' });
  });

  it('§6.8: reschedule cancels the booking, proposes again, and the old reminders no longer fire', async () => {
    const { begin, service, jobs, store } = setup();
    const started = await begin();
    if (started.kind !== 'proposed') throw new Error('expected proposals');
    await service.handleReply(started.conversation.id, 'the first one');
    await service.confirmInvite(started.conversation.id);
    const oldReminder = jobs[0]!.payload;
    const rescheduled = await service.reschedule(started.conversation.id);
    expect(rescheduled.kind).toBe('proposed');
    expect(await service.sendReminder(oldReminder)).toMatchObject({ kind: 'ignored' });
    if (rescheduled.kind !== 'proposed') return;
    await service.handleReply(started.conversation.id, 'the last one');
    const rebooked = await service.confirmInvite(started.conversation.id);
    expect(rebooked.kind).toBe('booked');
    if (rebooked.kind !== 'booked') return;
    expect(rebooked.bookingId).not.toBe(oldReminder.bookingId);
    expect(jobs.at(-1)!.payload).toMatchObject({ bookingId: rebooked.bookingId, kind: '1h' });
    expect(await service.sendReminder(jobs.at(-1)!.payload)).toMatchObject({ kind: 'booked' });
    expect(store.meetingEvents.map((event) => event.type)).toEqual([
      'meeting-booked',
      'meeting-cancelled',
      'meeting-booked',
    ]);
  });
});
