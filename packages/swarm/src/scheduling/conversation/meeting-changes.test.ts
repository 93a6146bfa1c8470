import { describe, expect, it } from 'vitest';
import { createConversationHarness } from '../../test-support/conversation-harness.js';
import { meetingReminderJob } from './reminder-jobs.js';

const operator = { actor: 'sam', origin: 'operator' } as const;

describe('meeting cancel and reschedule (issue 7; specs/scheduling.md §6.8; SPEC §2 cancel_event, §3.6)', () => {
  it('§6.8: reminders deleted on cancel; the event is removed as SCHEDULER.cancel_event approved by the person', async () => {
    const harness = createConversationHarness();
    const { conversationId, bookingId } = await harness.book();
    expect(await harness.jobs.queuedCount(meetingReminderJob)).toBe(2);
    const result = await harness.service.cancel(conversationId, 'host unavailable', operator);
    expect(result.kind).toBe('cancelled');
    expect(await harness.jobs.queuedCount(meetingReminderJob)).toBe(0);
    expect(harness.jobs.jobs.filter((job) => job.state === 'cancelled').map((job) => job.singletonKey)).toEqual([
      `reminder:${bookingId}:24h`,
      `reminder:${bookingId}:1h`,
    ]);
    expect(harness.calendar.events()).toHaveLength(0);
    expect(harness.store.meetingEvents.map((event) => [event.type, event.meetingId])).toEqual([
      ['meeting-booked', bookingId],
      ['meeting-cancelled', bookingId],
    ]);
    expect(harness.messages.at(-1)?.calendar?.content).toContain('METHOD:CANCEL');
    expect(harness.audit).toEqual([
      expect.objectContaining({
        agent: 'SCHEDULER',
        action: 'cancel_event',
        actor: 'sam',
        outcome: 'executed',
        approvalStatus: 'approved by sam',
      }),
    ]);
  });

  it('§6.8: a reminder job that still fires after cancel sends nothing (defence in depth)', async () => {
    const harness = createConversationHarness();
    const { conversationId, start } = await harness.book();
    const payloads = harness.jobs.jobs.map((job) => job.payload);
    await harness.service.cancel(conversationId, 'host unavailable', operator);
    const sentBefore = harness.messages.length;
    for (const payload of payloads) {
      expect(await harness.service.sendReminder(payload as never)).toMatchObject({ kind: 'ignored' });
    }
    expect(await harness.jobs.runDue(Date.parse(start))).toBe(0);
    expect(harness.messages).toHaveLength(sentBefore);
  });

  it('SPEC §3.7: EMERGENCY_STOP refuses cancel_event; the meeting, its event and its reminders stay', async () => {
    const harness = createConversationHarness();
    const { conversationId, bookingId } = await harness.book();
    harness.switches.EMERGENCY_STOP = true;
    const messagesBefore = harness.messages.length;
    const result = await harness.service.cancel(conversationId, 'host unavailable', operator);
    expect(result).toMatchObject({ kind: 'refused', reasonCode: 'emergency_stop' });
    expect(harness.calendar.events()).toHaveLength(1);
    expect(await harness.jobs.queuedCount(meetingReminderJob)).toBe(2);
    expect(await harness.store.get(conversationId)).toMatchObject({ status: 'booked', bookingId });
    expect(harness.messages).toHaveLength(messagesBefore);
    expect(harness.store.meetingEvents.map((event) => event.type)).toEqual(['meeting-booked']);
    expect(harness.audit.at(-1)).toMatchObject({
      action: 'cancel_event',
      outcome: 'refused',
      reasonCode: 'emergency_stop',
    });
  });

  it('SPEC §3.6: SHADOW_MODE_OVERRIDE deletes nothing, and an unapproved cancel is parked as approval_required', async () => {
    const harness = createConversationHarness();
    const { conversationId } = await harness.book();
    harness.switches.SHADOW_MODE_OVERRIDE = true;
    expect(await harness.service.cancel(conversationId, 'x', operator)).toMatchObject({
      kind: 'refused',
      reasonCode: 'shadow_mode',
    });
    harness.switches.SHADOW_MODE_OVERRIDE = false;
    expect(await harness.service.cancel(conversationId, 'x')).toMatchObject({
      kind: 'refused',
      reasonCode: 'approval_required',
    });
    expect(harness.calendar.events()).toHaveLength(1);
  });

  it('§6.8: recomputed on reschedule — old reminders deleted, fresh times proposed, the new booking queues its own', async () => {
    const harness = createConversationHarness();
    const { conversationId, bookingId } = await harness.book();
    const result = await harness.service.reschedule(conversationId, {
      actor: 'prospect:pat@example.org',
      origin: 'prospect',
    });
    expect(result.kind).toBe('proposed');
    expect(harness.messages.at(-1)).toMatchObject({ action: 'scheduling_response' });
    expect(await harness.jobs.queuedCount(meetingReminderJob)).toBe(0);
    if (result.kind !== 'proposed') return;
    await harness.service.handleReply(conversationId, 'the second one');
    const rebooked = await harness.service.confirmInvite(conversationId);
    if (rebooked.kind !== 'booked') throw new Error(`expected a new booking, got ${rebooked.kind}`);
    expect(rebooked.bookingId).not.toBe(bookingId);
    const queued = harness.jobs.jobs.filter((job) => job.state === 'queued').map((job) => job.singletonKey);
    expect(queued).toEqual([`reminder:${rebooked.bookingId}:24h`, `reminder:${rebooked.bookingId}:1h`]);
    expect(harness.store.meetingEvents.map((event) => event.type)).toEqual([
      'meeting-booked',
      'meeting-cancelled',
      'meeting-booked',
    ]);
  });
});
