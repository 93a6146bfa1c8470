import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createConversationHarness } from '../test-support/conversation-harness.js';
import { meetingReminderJob } from '../scheduling/conversation/index.js';
import { meetingCancelCommand } from './meeting-cancel-command.js';
import { registerMeetingChangeCommands } from './meeting-change-cli.js';
import { meetingRescheduleCommand } from './meeting-reschedule-command.js';

function setup() {
  const harness = createConversationHarness();
  const output: string[] = [];
  return {
    harness,
    output,
    write: (text: string) => void output.push(text),
    dependencies: { conversations: harness.service, store: harness.store },
  };
}

describe('caio meetings cancel | reschedule (issue 7; specs/scheduling.md §6.8)', () => {
  it('§6.8: `caio meetings cancel <booking-id> --reason … --json` cancels as the person, reminders deleted', async () => {
    const { harness, output, write, dependencies } = setup();
    const { conversationId, bookingId, start } = await harness.book();
    await meetingCancelCommand(
      dependencies,
      { meetingId: bookingId, reason: 'host ill', actor: 'sam', json: true },
      write,
    );
    expect(JSON.parse(output.join(''))).toEqual({
      status: 'cancelled',
      conversationId,
      bookingId,
      meetingStart: start,
    });
    expect(await harness.store.get(conversationId)).toMatchObject({ status: 'cancelled', bookingId: null });
    expect(await harness.jobs.queuedCount(meetingReminderJob)).toBe(0);
    expect(harness.audit.at(-1)).toMatchObject({ action: 'cancel_event', actor: 'sam', outcome: 'executed' });
  });

  it('SPEC §3.7: under EMERGENCY_STOP the cancel command fails with emergency_stop and changes nothing', async () => {
    const { harness, write, dependencies } = setup();
    const { conversationId } = await harness.book();
    harness.switches.EMERGENCY_STOP = true;
    await expect(
      meetingCancelCommand(dependencies, { meetingId: conversationId, actor: 'sam' }, write),
    ).rejects.toMatchObject({ code: 'emergency_stop' });
    expect(await harness.store.get(conversationId)).toMatchObject({ status: 'booked' });
    expect(harness.calendar.events()).toHaveLength(1);
  });

  it('§6.8: `caio meetings reschedule <conversation-id>` removes the booking and prints the new proposals', async () => {
    const { harness, output, write, dependencies } = setup();
    const { conversationId, bookingId } = await harness.book();
    await meetingRescheduleCommand(dependencies, { meetingId: conversationId, actor: 'sam' }, write);
    const text = output.join('');
    expect(text).toContain(`Removed meeting ${bookingId}`);
    expect(text).toMatch(/Proposed [3-5] new times/);
    expect(await harness.store.get(conversationId)).toMatchObject({ status: 'awaiting-reply' });
  });

  it('an unknown id is not_found and a meeting no longer booked is a conflict', async () => {
    const { harness, write, dependencies } = setup();
    const { conversationId } = await harness.book();
    await expect(meetingCancelCommand(dependencies, { meetingId: 'nope', actor: 'sam' }, write)).rejects.toMatchObject({
      code: 'not_found',
    });
    await meetingCancelCommand(dependencies, { meetingId: conversationId, actor: 'sam' }, write);
    await expect(
      meetingRescheduleCommand(dependencies, { meetingId: conversationId, actor: 'sam' }, write),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('registers cancel and reschedule under `caio meetings`, keeping its own list action', () => {
    const program = new Command();
    program.command('meetings').option('--json');
    registerMeetingChangeCommands(program, async () => {
      throw new Error('not run');
    });
    const meetings = program.commands.find((command) => command.name() === 'meetings')!;
    expect(meetings.commands.map((command) => command.name())).toEqual(['cancel', 'reschedule']);
    expect(program.commands.filter((command) => command.name() === 'meetings')).toHaveLength(1);
  });
});
