import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall } from '../../guardrails/resilience/index.js';
import { startFakeGoogleMeetServer, type FakeGoogleMeetServer } from './__fixtures__/fake-google-meet-server.js';
import { createGoogleMeetVideoRoomProvider } from './create-google-meet-video-room-provider.js';
import type { GoogleMeetAccessType } from './google-meet-schemas.js';

const token = 'ya29.test-meet-token';
const meeting = {
  bookingId: 'booking-1',
  title: 'Ada Moreau / lee@example.com',
  start: '2026-03-05T10:00:00.000Z',
  end: '2026-03-05T10:30:00.000Z',
};

describe('Google Meet video rooms (SPEC §7 invites with video link, issue 7)', () => {
  let server: FakeGoogleMeetServer;
  beforeAll(async () => {
    server = await startFakeGoogleMeetServer({ token });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.setMode('normal'));
  const meet = (overrides: { token?: string; accessType?: GoogleMeetAccessType; timeoutMs?: number } = {}) => {
    const clock = createFakeClock();
    return createGoogleMeetVideoRoomProvider({
      accessToken: () => overrides.token ?? token,
      apiUrl: server.rootUrl,
      ...(overrides.accessType ? { accessType: overrides.accessType } : {}),
      fetch,
      clock,
      resilientCall: createResilientCall({
        breaker: createCircuitBreaker({ name: 'video:google-meet', clock }),
        timeoutMs: overrides.timeoutMs ?? 5_000,
      }),
    });
  };

  it('creates a space with spaces.create and answers its meetingUri, keeping the space name', async () => {
    const room = await meet().createRoom(meeting);
    expect(room.link).toMatch(/^https:\/\/meet\.google\.com\/[a-z]+-[a-z]+-[a-z]+$/);
    expect(room.vendorMeetingId).toMatch(/^spaces\//);
    expect(server.spaces.get(room.vendorMeetingId ?? '')?.['meetingUri']).toBe(room.link);
    expect(server.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v2/spaces',
      authorization: `Bearer ${token}`,
      body: {},
    });
  });

  it('sends the configured accessType so an outside prospect can join without knocking', async () => {
    const room = await meet({ accessType: 'OPEN' }).createRoom(meeting);
    expect(server.requests.at(-1)?.body).toEqual({ config: { accessType: 'OPEN' } });
    expect(server.spaces.get(room.vendorMeetingId ?? '')?.['config']).toMatchObject({ accessType: 'OPEN' });
  });

  it('401 UNAUTHENTICATED → permission_denied, not retryable, naming the token variable and scope', async () => {
    const error = await meet({ token: 'expired' })
      .createRoom(meeting)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'permission_denied',
      isRetryable: false,
      details: { status: 401, googleStatus: 'UNAUTHENTICATED' },
    });
    expect(String((error as Error).message)).toContain('meetings.space.created');
    expect(String((error as Error).message)).toContain('GOOGLE_MEET_TOKEN');
  });

  it('403 insufficient scopes → permission_denied', async () => {
    server.setMode('scope_missing');
    await expect(meet().createRoom(meeting)).rejects.toMatchObject({
      code: 'permission_denied',
      details: { status: 403, googleStatus: 'PERMISSION_DENIED' },
    });
  });

  it('RES-1: 429 RESOURCE_EXHAUSTED + Retry-After → rate_limited with retryAfterMs', async () => {
    server.setMode('rate_limited', 12);
    await expect(meet().createRoom(meeting)).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 12_000,
      details: { googleStatus: 'RESOURCE_EXHAUSTED' },
    });
  });

  it('RES-3: 5xx is a retryable vendor_error, and the create is sent once', async () => {
    server.setMode('server_error');
    const before = server.requests.length;
    await expect(meet().createRoom(meeting)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 500 },
    });
    expect(server.requests.length - before).toBe(1);
  });

  it('RES-2: a never-answering Meet API fails with timeout', async () => {
    server.setMode('hang');
    await expect(meet({ timeoutMs: 300 }).createRoom(meeting)).rejects.toMatchObject({ code: 'timeout' });
  });
});
