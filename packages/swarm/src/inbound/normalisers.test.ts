import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseGenericEvent } from './normalise-generic-event.js';
import { normaliseHeyReachEvent } from './normalise-heyreach-event.js';
import { normaliseInstantlyEvent } from './normalise-instantly-event.js';
import { normaliseRb2bEvent } from './normalise-rb2b-event.js';

const receivedAt = new Date('2026-11-22T12:00:00.000Z');

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')) as unknown;
}

describe('Instantly normaliser (SPEC §4)', () => {
  it('maps reply_received to email_replied with the lead, campaign and a stable derived id', () => {
    const first = normaliseInstantlyEvent(fixture('instantly-reply-received.json'), receivedAt);
    const again = normaliseInstantlyEvent(fixture('instantly-reply-received.json'), receivedAt);
    expect(first).toMatchObject({
      ok: true,
      events: [
        {
          kind: 'email_replied',
          source: 'instantly',
          leadEmail: 'dana.cfo@example.com',
          campaignId: '7d0c3e52-1c1a-4f7e-8f0e-5b0b7a3f9c11',
          occurredAt: '2026-11-20T14:03:11.000Z',
        },
      ],
    });
    expect(first.providerEventId).toMatch(/^derived:[0-9a-f]{64}$/);
    expect(again.providerEventId).toBe(first.providerEventId);
  });

  it('maps email_bounced to a bounce of unknown type (only permanent bounces may suppress)', () => {
    const result = normaliseInstantlyEvent(fixture('instantly-email-bounced.json'), receivedAt);
    expect(result).toMatchObject({ ok: true, events: [{ kind: 'email_bounced', bounceType: 'unknown' }] });
  });

  it('an unknown event type is a refusal with a reason, not a crash', () => {
    const result = normaliseInstantlyEvent(fixture('instantly-unknown-event.json'), receivedAt);
    expect(result).toMatchObject({ ok: false, reason: 'unknown_event_type:lead_teleported' });
    expect(result.providerEventId).toBeDefined();
  });

  it('a documented non-SPEC event (lead_interested) is ignored with no events', () => {
    const result = normaliseInstantlyEvent({ event_type: 'lead_interested', lead_email: 'a@example.com' }, receivedAt);
    expect(result).toMatchObject({ ok: true, events: [], ignored: 'lead_interested' });
  });

  it('malformed bodies never throw', () => {
    for (const body of [null, 42, 'text', [], { event_type: 7 }]) {
      expect(normaliseInstantlyEvent(body, receivedAt)).toMatchObject({ ok: false, reason: 'malformed_payload' });
    }
  });
});

describe('HeyReach normaliser (SPEC §4)', () => {
  it('maps CONNECTION_REQUEST_ACCEPTED with the LinkedIn URL and email', () => {
    const result = normaliseHeyReachEvent(fixture('heyreach-connection-accepted.json'), receivedAt);
    expect(result).toMatchObject({
      ok: true,
      events: [
        {
          kind: 'linkedin_connection_accepted',
          source: 'heyreach',
          linkedinUrl: 'https://www.linkedin.com/in/robin-example',
          leadEmail: 'robin@example.com',
          campaignId: '4711',
          occurredAt: '2026-11-19T16:45:00.000Z',
        },
      ],
    });
  });

  it('maps a reply and keys it by the message id', () => {
    const result = normaliseHeyReachEvent(fixture('heyreach-reply.json'), receivedAt);
    expect(result).toMatchObject({ ok: true, providerEventId: 'heyreach:EVERY_MESSAGE_REPLY_RECEIVED:m_8f2e1c' });
    expect(result.ok && result.events[0]?.kind).toBe('linkedin_reply');
  });

  it('unknown and missing event types are refusals', () => {
    expect(normaliseHeyReachEvent({ eventType: 'SENT_A_PIGEON' }, receivedAt)).toMatchObject({
      ok: false,
      reason: 'unknown_event_type:SENT_A_PIGEON',
    });
    expect(normaliseHeyReachEvent({}, receivedAt)).toMatchObject({ ok: false, reason: 'missing_event_type' });
  });
});

describe('RB2B normaliser (SPEC §4)', () => {
  it('maps an identified visitor to website_visit with the page URL', () => {
    const result = normaliseRb2bEvent(fixture('rb2b-visitor.json'), receivedAt);
    expect(result).toMatchObject({
      ok: true,
      events: [
        {
          kind: 'website_visit',
          source: 'rb2b',
          linkedinUrl: 'https://www.linkedin.com/in/sam-visitor',
          leadEmail: 'sam@example.com',
          pageUrl: 'https://www.example.com/pricing',
          occurredAt: '2026-11-21T18:30:00.000Z',
        },
      ],
    });
  });

  it('a visit that identifies no one is a refusal', () => {
    expect(normaliseRb2bEvent({ 'Captured URL': 'https://www.example.com/' }, receivedAt)).toMatchObject({
      ok: false,
      reason: 'no_visitor_identity',
    });
  });
});

describe('Clay / Standard Webhooks normaliser (SPEC §4)', () => {
  it('maps a meeting_booked row with its id and meeting fields', () => {
    const result = normaliseGenericEvent(fixture('clay-meeting-booked.json'), { source: 'clay', receivedAt });
    expect(result).toMatchObject({
      ok: true,
      providerEventId: 'clay-row-91f3',
      events: [{ kind: 'meeting_booked', leadEmail: 'dana.cfo@example.com', meetingId: 'mtg-42' }],
    });
  });

  it('the webhook-id wins over the body id, and an unknown type is a refusal', () => {
    const result = normaliseGenericEvent(
      { type: 'email_opened', id: 'body-id', data: { email: 'a@example.com' } },
      { source: 'standard:cal', receivedAt, providerEventId: 'msg_1' },
    );
    expect(result).toMatchObject({
      ok: true,
      providerEventId: 'msg_1',
      events: [{ occurredAt: receivedAt.toISOString() }],
    });
    expect(normaliseGenericEvent({ type: 'lead.exploded', id: 'x' }, { source: 'clay', receivedAt })).toMatchObject({
      ok: false,
      reason: 'unknown_event_type:lead.exploded',
    });
  });

  it('a body without any id is a refusal (no dedupe key)', () => {
    expect(normaliseGenericEvent({ type: 'email_sent' }, { source: 'clay', receivedAt })).toMatchObject({
      ok: false,
      reason: 'missing_event_id',
    });
  });
});
