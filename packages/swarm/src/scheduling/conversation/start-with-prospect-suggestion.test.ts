import { describe, expect, it } from 'vitest';
import { readLocal } from '../time-zone.js';
import { createConversationHarness } from '../../test-support/conversation-harness.js';
import type { ProspectSuggestion } from './resolve-prospect-suggestion.js';
import type { ProspectTimezone } from './scheduling-conversation-service.js';

// Monday 2 March 2026, 09:00 UTC. Host in London (GMT, Mon–Fri 09:00–18:00, 15-minute buffer).
// New York is -05:00 until 8 March, -04:00 from then; Kolkata is +05:30.
const clock = '2026-03-02T09:00:00.000Z';
const receivedAt = '2026-03-02T08:30:00.000Z';

function startWith(
  timezone: ProspectTimezone,
  suggestion?: Partial<ProspectSuggestion>,
  harness = createConversationHarness({ now: clock }),
) {
  const result = harness.service.start({
    leadId: 'lead-1',
    leadEmail: 'pat@example.org',
    threadKey: '<root@example.com>',
    timezone,
    ...(suggestion ? { prospectSuggestion: { text: '', receivedAt, ...suggestion } } : {}),
  });
  return { harness, result };
}

const newYork: ProspectTimezone = { id: 'America/New_York', source: 'inferred' };
const kolkata: ProspectTimezone = { id: 'Asia/Kolkata', source: 'inferred' };

describe('start checks the prospect suggestion first (specs/scheduling.md §6.6, issue 7)', () => {
  it('§6.6: a valid specific time goes straight to the invite at exactly that instant (New York, -05:00)', async () => {
    const { harness, result } = startWith(newYork, { text: 'Sounds good. Could we do Thursday at 11am?' });
    // Thursday 5 March 11:00 New York = 16:00 UTC.
    expect(await result).toMatchObject({ kind: 'invite-pending', start: '2026-03-05T16:00:00.000Z' });
    expect(harness.messages).toHaveLength(1);
    expect(harness.messages[0]).toMatchObject({
      action: 'calendar_invite_create',
      meetingStart: '2026-03-05T16:00:00.000Z',
    });
    expect(harness.messages[0]!.calendar?.content).toContain('DTSTART:20260305T160000Z');
    // The invite follows approval: nothing is written to the calendar before it is approved.
    expect(harness.calendar.calls.createEvent).toBe(0);
  });

  it('§6.6: a valid specific time goes straight to the invite at exactly that instant (Kolkata, +05:30)', async () => {
    const { result } = startWith(kolkata, { text: 'How about Wednesday 4pm?' });
    // Wednesday 4 March 16:00 Kolkata = 10:30 UTC.
    expect(await result).toMatchObject({ kind: 'invite-pending', start: '2026-03-04T10:30:00.000Z' });
  });

  it('§6.6: a specific time outside the host hours gets the nearest valid alternatives and says it is taken', async () => {
    const { harness, result } = startWith(newYork, { text: 'Could we do Thursday at 3pm?' });
    const started = await result;
    // 3 PM New York = 20:00 London, after the host's 18:00 end: the latest Thursday slots are nearest.
    expect(started.kind).toBe('proposed');
    if (started.kind !== 'proposed') return;
    expect(started.conversation.proposals).toEqual([
      '2026-03-05T16:30:00.000Z',
      '2026-03-05T17:00:00.000Z',
      '2026-03-05T17:30:00.000Z',
    ]);
    expect(harness.messages[0]!.action).toBe('scheduling_response');
    expect(harness.messages[0]!.text).toMatch(/Unfortunately Thu 5 Mar, 3:00 PM .* is no longer available/);
    expect(started.conversation.exchangeCount).toBe(1);
  });

  it('§6.6 + §6.4: a specific time re-validated against fresh busy data is refused when the host is now busy', async () => {
    const harness = createConversationHarness({ now: clock });
    harness.calendar.insertDirectly({ start: '2026-03-05T16:00:00Z', end: '2026-03-05T16:30:00Z' });
    const started = await startWith(newYork, { text: 'Thursday at 11am works for me' }, harness).result;
    expect(started.kind).toBe('proposed');
    if (started.kind !== 'proposed') return;
    // The 15-minute buffer also rules out 15:30 and 16:30; 15:00 and 17:00 are the nearest valid ones.
    expect(started.conversation.proposals).not.toContain('2026-03-05T16:00:00.000Z');
    expect(started.conversation.proposals).toEqual([
      '2026-03-05T14:30:00.000Z',
      '2026-03-05T15:00:00.000Z',
      '2026-03-05T17:00:00.000Z',
    ]);
  });

  it('§6.5 tiers: "any morning next week" proposes 3–5 slots, all in prospect-local mornings of next week', async () => {
    const { harness, result } = startWith(newYork, { text: 'Happy to talk, any morning next week works.' });
    const started = await result;
    expect(started.kind).toBe('proposed');
    if (started.kind !== 'proposed') return;
    const proposals = started.conversation.proposals;
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    expect(proposals.length).toBeLessThanOrEqual(5);
    // Next week in New York: Monday 9 March (day 20521) to Sunday 15 March; mornings 08:00–12:00 local.
    for (const start of proposals) {
      const local = readLocal('America/New_York', Date.parse(start));
      const end = readLocal('America/New_York', Date.parse(start) + 30 * 60_000);
      expect(local.dayNumber).toBeGreaterThanOrEqual(20521);
      expect(local.dayNumber).toBeLessThanOrEqual(20527);
      expect(local.minuteOfDay).toBeGreaterThanOrEqual(8 * 60);
      expect(end.minuteOfDay).toBeLessThanOrEqual(12 * 60);
    }
    expect(harness.messages[0]!.text).toContain('These fit what you suggested');
  });

  it('§6.5 tiers: "Thursday afternoon" proposes only Thursday afternoon slots in the prospect zone (Kolkata)', async () => {
    const { result } = startWith(kolkata, { text: 'Thursday afternoon would be best for me' });
    const started = await result;
    expect(started.kind).toBe('proposed');
    if (started.kind !== 'proposed') return;
    expect(started.conversation.proposals.length).toBeGreaterThanOrEqual(3);
    for (const start of started.conversation.proposals) {
      const local = readLocal('Asia/Kolkata', Date.parse(start));
      const end = readLocal('Asia/Kolkata', Date.parse(start) + 30 * 60_000);
      // Thursday 5 March 2026 is day 20517.
      expect(local.dayNumber).toBe(20517);
      expect(local.minuteOfDay).toBeGreaterThanOrEqual(12 * 60);
      expect(end.minuteOfDay).toBeLessThanOrEqual(17 * 60);
    }
  });

  it('§6.6: text without a resolvable time or preference falls back to the same fresh proposals as no suggestion', async () => {
    const withText = await startWith(newYork, { text: 'Sounds great, happy to chat!' }).result;
    const without = await startWith(newYork).result;
    expect(withText.kind).toBe('proposed');
    if (withText.kind !== 'proposed' || without.kind !== 'proposed') throw new Error('expected proposals');
    expect(withText.conversation.proposals).toEqual(without.conversation.proposals);
    expect(withText.conversation.proposals.length).toBeGreaterThanOrEqual(3);
  });

  it('§6.9: an ambiguous prospect zone still escalates before any suggestion is read', async () => {
    const { harness, result } = startWith(
      { id: 'America/New_York', source: 'ambiguous' },
      { text: 'Could we do Thursday at 11am?' },
    );
    expect(await result).toMatchObject({ kind: 'escalated', reason: 'timezone-unknown' });
    expect(harness.messages).toEqual([]);
    expect(harness.calendar.calls.listBusy).toBe(0);
  });

  it('§6.6: relative words count from when the reply was received, not from when it is dispatched', async () => {
    // Written Sunday 1 March 15:00 New York; dispatched Monday 09:00 UTC. "Tomorrow" is Monday 2 March.
    const { result } = startWith(newYork, { text: 'Tomorrow at 11am?', receivedAt: '2026-03-01T20:00:00.000Z' });
    expect(await result).toMatchObject({ kind: 'invite-pending', start: '2026-03-02T16:00:00.000Z' });
  });

  it('issue 7: the event proposedTimes are read when the text names no time, and the text wins when it does', async () => {
    const fromEvent = startWith(newYork, { text: 'Yes, let us talk.', proposedTimes: ['Thursday at 11am'] });
    expect(await fromEvent.result).toMatchObject({ kind: 'invite-pending', start: '2026-03-05T16:00:00.000Z' });
    const textWins = startWith(newYork, {
      text: 'Wednesday at 10am please',
      proposedTimes: ['2026-03-05T16:00:00Z'],
    });
    // Wednesday 4 March 10:00 New York = 15:00 UTC.
    expect(await textWins.result).toMatchObject({ kind: 'invite-pending', start: '2026-03-04T15:00:00.000Z' });
  });
});
