import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { EmbeddedCalendarEvent, EmbeddedCalendarEventStore } from '../ports/embedded-calendar-store.js';
import { icsFeedToken } from './ics-feed-token.js';
import { registerIcsFeedRoutes } from './routes/ics-feed-routes.js';
import type { ServerEnv } from './server-env.js';

const secret = 'ics-feed-secret-for-tests-0123456789abcdef';
const stored: EmbeddedCalendarEvent[] = [
  {
    hostId: 'host-a',
    id: 'abc123',
    start: '2031-06-03T08:00:00.000Z',
    end: '2031-06-03T08:30:00.000Z',
    title: 'Intro call',
    status: 'confirmed',
    transparency: 'opaque',
    details: {},
  },
];
const events: EmbeddedCalendarEventStore = {
  insertIfAbsent: async () => undefined,
  listOverlapping: async (hostId, from, to) =>
    stored.filter(
      (event) =>
        event.hostId === hostId && Date.parse(event.start) < to.getTime() && Date.parse(event.end) > from.getTime(),
    ),
  delete: async () => false,
};

function app(): Hono<ServerEnv> {
  const server = new Hono<ServerEnv>();
  registerIcsFeedRoutes(server, {
    secret,
    hosts: [{ id: 'host-a', name: 'Alex' }, { id: 'host-b' }],
    events,
    clock: { now: () => new Date('2031-06-01T00:00:00Z') },
  });
  return server;
}

describe('ICS feed /ics/{token} (SPEC §7 embedded calendar, SPEC §14 public routes)', () => {
  it('SPEC §14: the 256-bit token alone opens the host feed, as text/calendar with its events', async () => {
    const token = icsFeedToken(secret, 'host-a');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const response = await app().request(`/ics/${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await response.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain('UID:abc123');
    expect(body).toContain('DTSTART:20310603T080000Z');
    expect(body).toContain('SUMMARY:Intro call');
    expect(body).toContain('X-WR-CALNAME:Alex');
    const other = await (await app().request(`/ics/${icsFeedToken(secret, 'host-b')}.ics`)).text();
    expect(other).not.toContain('abc123');
  });

  it('SPEC §14: an unknown, tampered or other-secret token is a 404 that echoes nothing', async () => {
    const token = icsFeedToken(secret, 'host-a');
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [
      tampered,
      token.slice(0, 20),
      icsFeedToken('another-secret-0123456789abcdef', 'host-a'),
      icsFeedToken(secret, 'host-z'),
    ]) {
      const response = await app().request(`/ics/${bad}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
  });
});
