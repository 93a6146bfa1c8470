import { describe, expect, it } from 'vitest';
import { inboundEventSchema } from '../../domain/inbound-event.js';
import { inboundEventEffect } from '../../signals/inbound-event-effects.js';
import { trackingEventToInboundEvent } from './tracking-event-to-inbound-event.js';

const at = new Date('2026-03-02T10:15:00.000Z');
const context = { leadEmail: 'grace@example.com', eventId: 'hit-1' };

describe('tracking hits enter the signal loop (SPEC §4)', () => {
  it('an open becomes email_opened → lead opened, timeline open', () => {
    const event = trackingEventToInboundEvent(
      { outboxId: 'o1', kind: 'open', url: null, at, userAgent: null },
      context,
    );
    expect(inboundEventSchema.parse(event)).toEqual({
      kind: 'email_opened',
      source: 'tracking',
      providerEventId: 'hit-1',
      occurredAt: '2026-03-02T10:15:00.000Z',
      leadEmail: 'grace@example.com',
    });
    expect(inboundEventEffect(event)).toMatchObject({ status: { to: 'opened' }, timelineKind: 'open' });
  });

  it('a click becomes email_clicked with its URL → lead clicked, timeline click', () => {
    const url = 'https://example.com/case';
    const event = trackingEventToInboundEvent({ outboxId: 'o1', kind: 'click', url, at, userAgent: 'x' }, context);
    expect(inboundEventSchema.parse(event)).toMatchObject({ kind: 'email_clicked', url });
    expect(inboundEventEffect(event)).toMatchObject({ status: { to: 'clicked' }, timelineKind: 'click' });
  });
});
