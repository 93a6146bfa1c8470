import { describe, expect, it } from 'vitest';
import type { LeadStatus } from '../domain/lead.js';
import { findDecayedLeads, type DecayLead } from './find-decayed-leads.js';

const now = new Date('2026-11-22T12:00:00Z');
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const ago = (ms: number) => new Date(now.getTime() - ms);

function lead(status: LeadStatus, facts: Partial<DecayLead> = {}): DecayLead {
  return {
    id: 'lead-1',
    status,
    lastSentAt: null,
    firstOpenAt: null,
    opens: 0,
    lastReplyAt: null,
    lastTouchAt: null,
    channelHasOpenData: true,
    ...facts,
  };
}

const decay = (...leads: DecayLead[]) => findDecayedLeads({ now, leads }).map((transition) => transition.to);

describe('findDecayedLeads', () => {
  it('SPEC 4: sent ≥ 72 h with no open → ghosted (71h59 is not yet)', () => {
    expect(decay(lead('sent', { lastSentAt: ago(71 * hour + 59 * minute) }))).toEqual([]);
    expect(decay(lead('sent', { lastSentAt: ago(72 * hour) }))).toEqual(['ghosted']);
    expect(decay(lead('revival_sent', { lastSentAt: ago(80 * hour) }))).toEqual(['ghosted']);
    const [transition] = findDecayedLeads({ now, leads: [lead('sent', { lastSentAt: ago(72 * hour) })] });
    expect(transition).toMatchObject({ leadId: 'lead-1', from: 'sent', to: 'ghosted', reason: 'decay_ghosted' });
  });

  it('SPEC 4: a sent lead that opened or replied is not ghosted', () => {
    expect(decay(lead('sent', { lastSentAt: ago(5 * day), opens: 1, firstOpenAt: ago(4 * day) }))).not.toContain(
      'ghosted',
    );
    expect(decay(lead('sent', { lastSentAt: ago(5 * day), lastReplyAt: ago(4 * day) }))).toEqual([]);
  });

  it('SPEC 4: opened, then 7 days with no reply → stalled (6d23h is not yet)', () => {
    const opened = { lastSentAt: ago(10 * day), opens: 1 };
    expect(decay(lead('opened', { ...opened, firstOpenAt: ago(6 * day + 23 * hour) }))).toEqual([]);
    expect(decay(lead('opened', { ...opened, firstOpenAt: ago(7 * day) }))).toEqual(['stalled']);
    expect(decay(lead('clicked', { ...opened, firstOpenAt: ago(8 * day) }))).toEqual(['stalled']);
    expect(decay(lead('hesitant', { ...opened, opens: 3, firstOpenAt: ago(8 * day) }))).toEqual(['stalled']);
    expect(decay(lead('opened', { ...opened, firstOpenAt: ago(8 * day), lastReplyAt: ago(day) }))).toEqual([]);
  });

  it('SPEC 4: ≥ 2 opens and no reply → hesitant', () => {
    const recent = { lastSentAt: ago(2 * day), firstOpenAt: ago(day) };
    expect(decay(lead('opened', { ...recent, opens: 1 }))).toEqual([]);
    expect(decay(lead('opened', { ...recent, opens: 2 }))).toEqual(['hesitant']);
    expect(decay(lead('opened', { ...recent, opens: 2, lastReplyAt: ago(hour) }))).toEqual([]);
    expect(decay(lead('hesitant', { ...recent, opens: 4 }))).toEqual([]);
  });

  it('SPEC 4: without open data only the reply rule applies: 7 days after the last touch → stalled', () => {
    const noOpenData = { channelHasOpenData: false, lastSentAt: ago(10 * day) };
    expect(decay(lead('sent', { ...noOpenData, lastTouchAt: ago(6 * day + 23 * hour) }))).toEqual([]);
    expect(decay(lead('sent', { ...noOpenData, lastTouchAt: ago(7 * day) }))).toEqual(['stalled']);
    expect(decay(lead('sent', { ...noOpenData, lastTouchAt: ago(4 * day) }))).toEqual([]);
    expect(decay(lead('sent', { ...noOpenData, lastTouchAt: ago(8 * day), lastReplyAt: ago(day) }))).toEqual([]);
    expect(
      decay(lead('opened', { ...noOpenData, lastTouchAt: ago(8 * day), opens: 3, firstOpenAt: ago(9 * day) })),
    ).toEqual([]);
  });

  it('SPEC 4: statuses outside the decay rules never decay', () => {
    const old = { lastSentAt: ago(30 * day), lastTouchAt: ago(30 * day), firstOpenAt: ago(29 * day), opens: 5 };
    for (const status of ['replied', 'meeting_booked', 'bounced', 'unsubscribed', 'ghosted', 'new'] as const)
      expect(decay(lead(status, old), lead(status, { ...old, channelHasOpenData: false }))).toEqual([]);
  });
});
