import { describe, expect, it } from 'vitest';
import { createConversationHarness } from '../../test-support/conversation-harness.js';
import { meetingReminderJob } from './reminder-jobs.js';
import { proposalsHeaderName } from './render-proposal-email.js';

// Monday 2 March 2026, 09:00 in London; the prospect is in New York (-05:00 until 8 March).
const startClock = '2026-03-02T09:00:00.000Z';

function setup(options: { failCalendar?: boolean } = {}) {
  // Cancel and reschedule here run without a requester, so the event is deleted directly (no gateway).
  const harness = createConversationHarness({ now: startClock, gatedCancel: false });
  if (options.failCalendar) harness.calendar.failListBusyWith(new Error('provider down'));
  return { ...harness, jobs: harness.jobs.jobs };
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
    expect(jobs.map((job) => [job.name, job.singletonKey, new Date(job.startAfter).toISOString()])).toEqual([
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
    const { begin, service, store, reminderPayloads, calendar, messages } = setup();
    const started = await begin();
    if (started.kind !== 'proposed') throw new Error('expected proposals');
    await service.handleReply(started.conversation.id, 'option 1');
    const booked = await service.confirmInvite(started.conversation.id);
    if (booked.kind !== 'booked') throw new Error('expected booking');
    const reminder = reminderPayloads().at(-1)!;
    expect(await service.sendReminder(reminder)).toMatchObject({ kind: 'booked' });
    expect(messages.at(-1)!.action).toBe('reminder_send');
    await service.cancel(started.conversation.id, 'prospect asked');
    expect(calendar.events()).toHaveLength(0);
    expect(messages.at(-1)!.calendar?.content).toContain('METHOD:CANCEL');
    expect(store.meetingEvents.map((event) => event.type)).toEqual(['meeting-booked', 'meeting-cancelled']);
    expect(await service.sendReminder(reminder)).toMatchObject({ kind: 'ignored' });
  });

  it('§6.8: reschedule cancels the booking, proposes again, and the old reminders no longer fire', async () => {
    const { begin, service, reminderPayloads, store } = setup();
    const started = await begin();
    if (started.kind !== 'proposed') throw new Error('expected proposals');
    await service.handleReply(started.conversation.id, 'the first one');
    await service.confirmInvite(started.conversation.id);
    const oldReminder = reminderPayloads()[0]!;
    const rescheduled = await service.reschedule(started.conversation.id);
    expect(rescheduled.kind).toBe('proposed');
    expect(await service.sendReminder(oldReminder)).toMatchObject({ kind: 'ignored' });
    if (rescheduled.kind !== 'proposed') return;
    await service.handleReply(started.conversation.id, 'the last one');
    const rebooked = await service.confirmInvite(started.conversation.id);
    expect(rebooked.kind).toBe('booked');
    if (rebooked.kind !== 'booked') return;
    expect(rebooked.bookingId).not.toBe(oldReminder.bookingId);
    expect(reminderPayloads().at(-1)!).toMatchObject({ bookingId: rebooked.bookingId, kind: '1h' });
    expect(await service.sendReminder(reminderPayloads().at(-1)!)).toMatchObject({ kind: 'booked' });
    expect(store.meetingEvents.map((event) => event.type)).toEqual([
      'meeting-booked',
      'meeting-cancelled',
      'meeting-booked',
    ]);
  });
});
