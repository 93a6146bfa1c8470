import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startFakeGoogleMeetServer,
  type FakeGoogleMeetServer,
} from '../adapters/google-meet/__fixtures__/fake-google-meet-server.js';
import { startFakeZoomServer, type FakeZoomServer } from '../adapters/zoom/__fixtures__/fake-zoom-server.js';
import { hostVideoSchema } from '../config/video-schema.js';
import { createFakeClock } from '../guardrails/resilience/__fixtures__/fake-clock.js';
import { createMeetingVideoLinkRepository } from '../store/repositories/meeting-video-link-repository.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { meetingVideoLinksFor, type MeetingVideoLinkContext } from './meeting-video-links.js';

const meeting = {
  bookingId: 'Host-1:Booking_42',
  title: 'Ada Moreau / lee@example.com',
  start: '2031-03-03T09:00:00.000Z',
  end: '2031-03-03T09:30:00.000Z',
};

describe('meeting video links by host config (SPEC §7 invites, issue 7)', () => {
  let database: TestDatabase;
  let zoom: FakeZoomServer;
  let meet: FakeGoogleMeetServer;
  let context: MeetingVideoLinkContext;
  beforeAll(async () => {
    database = await createTestDatabase();
    zoom = await startFakeZoomServer({ accountId: 'acct-1', clientId: 'id-1', clientSecret: 'secret-1' });
    meet = await startFakeGoogleMeetServer({ token: 'meet-token' });
  });
  afterAll(async () => {
    await Promise.all([zoom.close(), meet.close()]);
    await database.close();
  });
  beforeEach(async () => {
    await database.freshSchema();
    context = {
      store: createMeetingVideoLinkRepository(database.db),
      clock: createFakeClock(),
      secrets: { ZOOM_CLIENT_ID: 'id-1', ZOOM_CLIENT_SECRET: 'secret-1', GOOGLE_MEET_TOKEN: 'meet-token' },
      fetch,
    };
  });

  it('keeps the old behaviour without video: the videoLink static link, else a Jitsi room per booking', async () => {
    await expect(
      meetingVideoLinksFor({ id: 'ada', videoLink: 'https://meet.example.com/ada' }).linkFor(meeting),
    ).resolves.toBe('https://meet.example.com/ada');
    await expect(meetingVideoLinksFor({ id: 'ada' }).linkFor(meeting)).resolves.toBe(
      'https://meet.jit.si/caio-host1booking42',
    );
  });

  it('static and jitsi video settings need no store', async () => {
    const staticHost = {
      id: 'ada',
      video: hostVideoSchema.parse({ provider: 'static', url: 'https://meet.example.com/x' }),
    };
    await expect(meetingVideoLinksFor(staticHost).linkFor(meeting)).resolves.toBe('https://meet.example.com/x');
    const jitsiHost = {
      id: 'ada',
      video: hostVideoSchema.parse({ provider: 'jitsi', baseUrl: 'https://jitsi.example.org' }),
    };
    await expect(meetingVideoLinksFor(jitsiHost).linkFor(meeting)).resolves.toBe(
      'https://jitsi.example.org/caio-host1booking42',
    );
  });

  it('zoom: one meeting per booking, remembered in the store, released on request', async () => {
    const host = {
      id: 'ada',
      video: hostVideoSchema.parse({
        provider: 'zoom',
        accountId: 'acct-1',
        apiUrl: zoom.rootUrl,
        oauthUrl: zoom.rootUrl,
      }),
    };
    const created = zoom.meetingsCreated();
    const links = meetingVideoLinksFor(host, context);
    const first = await links.linkFor(meeting);
    await expect(meetingVideoLinksFor(host, context).linkFor(meeting)).resolves.toBe(first);
    expect(first).toMatch(/^https:\/\/example\.zoom\.us\/j\//);
    expect(zoom.meetingsCreated() - created).toBe(1);
    const stored = await context.store.find(meeting.bookingId);
    await links.release?.(meeting.bookingId);
    expect(zoom.meetings.has(Number(stored?.vendorMeetingId))).toBe(false);
  });

  it('google-meet: one space per booking with the configured access type', async () => {
    const host = {
      id: 'bo',
      video: hostVideoSchema.parse({ provider: 'google-meet', apiUrl: meet.rootUrl, accessType: 'OPEN' }),
    };
    const before = meet.spaces.size;
    const first = await meetingVideoLinksFor(host, context).linkFor(meeting);
    await expect(meetingVideoLinksFor(host, context).linkFor(meeting)).resolves.toBe(first);
    expect(first).toMatch(/^https:\/\/meet\.google\.com\//);
    expect(meet.spaces.size - before).toBe(1);
    expect(meet.requests.at(-1)?.body).toEqual({ config: { accessType: 'OPEN' } });
  });

  it('refuses a remote provider without the store, and names a missing secret', () => {
    const host = { id: 'ada', video: hostVideoSchema.parse({ provider: 'zoom', accountId: 'acct-1' }) };
    expect(() => meetingVideoLinksFor(host)).toThrow(/needs the video link store/);
    expect(() => meetingVideoLinksFor(host, { ...context, secrets: { ZOOM_CLIENT_ID: 'id-1' } })).toThrow(
      /ZOOM_CLIENT_SECRET/,
    );
  });
});
