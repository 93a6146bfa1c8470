import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaioError } from '../../domain/errors.js';
import { createFakeClock, type FakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall } from '../../guardrails/resilience/index.js';
import { startFakeZoomServer, type FakeZoomServer } from './__fixtures__/fake-zoom-server.js';
import { createZoomVideoRoomProvider } from './create-zoom-video-room-provider.js';

const accountId = 'AcCtId_example1';
const clientId = 'zoom-client-id';
const clientSecret = 'zoom-client-secret';
const meeting = {
  bookingId: 'booking-1',
  title: 'Ada Moreau / lee@example.com',
  start: '2026-03-05T10:00:00.000Z',
  end: '2026-03-05T10:29:30.000Z',
};
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as CaioError,
  );

describe('Zoom video rooms (SPEC §7 invites with video link, issue 7)', () => {
  let server: FakeZoomServer;
  let clock: FakeClock;
  beforeAll(async () => {
    server = await startFakeZoomServer({ accountId, clientId, clientSecret, userIds: ['ada@example.com'] });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.setMode('normal');
    server.setRetryAfterValue(undefined);
    server.revokeTokens();
    clock = createFakeClock();
  });
  const zoom = (overrides: { clientSecret?: string; userId?: string; timeoutMs?: number } = {}) =>
    createZoomVideoRoomProvider({
      accountId,
      clientId,
      clientSecret: overrides.clientSecret ?? clientSecret,
      ...(overrides.userId ? { userId: overrides.userId } : {}),
      apiUrl: server.rootUrl,
      oauthUrl: server.rootUrl,
      fetch,
      clock,
      resilientCall: createResilientCall({
        breaker: createCircuitBreaker({ name: 'video:zoom', clock }),
        timeoutMs: overrides.timeoutMs ?? 5_000,
      }),
    });

  it('gets a Server-to-Server token (Basic auth, account_credentials form) and schedules a meeting with it', async () => {
    const before = server.requests.length;
    const room = await zoom().createRoom(meeting);
    expect(room.link).toMatch(/^https:\/\/example\.zoom\.us\/j\/\d+\?pwd=/);
    expect(room.vendorMeetingId).toMatch(/^\d+$/);
    const [tokenRequest, createRequest] = server.requests.slice(before);
    expect(tokenRequest).toMatchObject({
      method: 'POST',
      path: '/oauth/token',
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(Object.fromEntries(new URLSearchParams(tokenRequest?.rawBody))).toEqual({
      grant_type: 'account_credentials',
      account_id: accountId,
    });
    expect(createRequest).toMatchObject({ method: 'POST', path: '/v2/users/me/meetings' });
    expect(createRequest?.authorization).toMatch(/^Bearer fake-zoom-token-\d+$/);
    expect(JSON.parse(createRequest?.rawBody ?? '{}')).toEqual({
      topic: meeting.title,
      type: 2,
      start_time: '2026-03-05T10:00:00Z',
      duration: 30,
      timezone: 'UTC',
    });
    expect(server.meetings.get(Number(room.vendorMeetingId))?.join_url).toBe(room.link);
  });

  it('caches the token until 5 minutes before expires_in, then fetches a new one', async () => {
    const provider = zoom();
    const issued = server.tokensIssued();
    await provider.createRoom(meeting);
    await provider.createRoom(meeting);
    clock.advance(54 * 60_000);
    await provider.createRoom(meeting);
    expect(server.tokensIssued() - issued).toBe(1);
    clock.advance(2 * 60_000);
    await provider.createRoom(meeting);
    expect(server.tokensIssued() - issued).toBe(2);
  });

  it('a token refused with 401 code 124 is replaced and the request repeated once', async () => {
    const provider = zoom();
    await provider.createRoom(meeting);
    server.revokeTokens();
    const created = server.meetingsCreated();
    const issued = server.tokensIssued();
    await expect(provider.createRoom(meeting)).resolves.toMatchObject({ link: expect.stringContaining('/j/') });
    expect(server.tokensIssued() - issued).toBe(1);
    expect(server.meetingsCreated() - created).toBe(1);
  });

  it('wrong client credentials → permission_denied, not retryable, naming what to check; no meeting call', async () => {
    const before = server.requests.length;
    const error = await failure(zoom({ clientSecret: 'wrong' }).createRoom(meeting));
    expect(error).toMatchObject({
      code: 'permission_denied',
      isRetryable: false,
      details: { status: 401, oauthError: 'invalid_client' },
    });
    expect(error.message).toContain('ZOOM_CLIENT_SECRET');
    expect(server.requests.slice(before).map((request) => request.path)).toEqual(['/oauth/token']);
  });

  it('an unknown host user (404 code 1001) is a non-retryable vendor_error naming video.userId', async () => {
    const error = await failure(zoom({ userId: 'nobody@example.com' }).createRoom(meeting));
    expect(error).toMatchObject({ code: 'vendor_error', isRetryable: false, details: { status: 404, zoomCode: 1001 } });
    expect(error.message).toContain('video.userId');
    await expect(zoom({ userId: 'ada@example.com' }).createRoom(meeting)).resolves.toBeDefined();
    expect(server.requests.at(-1)?.path).toBe('/v2/users/ada%40example.com/meetings');
  });

  it('RES-1: 429 → rate_limited with Retry-After in seconds or as an instant', async () => {
    server.setMode('rate_limited', 7);
    await expect(zoom().createRoom(meeting)).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 7_000,
      details: { status: 429, zoomCode: 429 },
    });
    server.setRetryAfterValue('2026-01-06T00:00:00Z');
    await expect(zoom().createRoom(meeting)).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 15 * 3_600_000,
    });
  });

  it('RES-3: a 5xx is a retryable vendor_error, but a create is never repeated (no idempotency key at Zoom)', async () => {
    const provider = zoom();
    await provider.createRoom(meeting);
    server.setMode('server_error');
    const before = server.requests.length;
    await expect(provider.createRoom(meeting)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 500 },
    });
    expect(server.requests.length - before).toBe(1);
  });

  it('RES-2: a never-answering Zoom fails with timeout', async () => {
    const provider = zoom({ timeoutMs: 300 });
    await provider.createRoom(meeting);
    server.setMode('hang');
    await expect(provider.createRoom(meeting)).rejects.toMatchObject({ code: 'timeout' });
  });

  it('deletes a meeting; deleting it again (404 code 3001) counts as done', async () => {
    const provider = zoom();
    const room = await provider.createRoom(meeting);
    const id = room.vendorMeetingId ?? '';
    await provider.deleteRoom(id);
    expect(server.meetings.has(Number(id))).toBe(false);
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/v2/meetings/${id}` });
    await expect(provider.deleteRoom(id)).resolves.toBeUndefined();
  });

  it('refuses blank credentials and a meeting that does not end after it starts, without calling Zoom', async () => {
    expect(() => zoom({ clientSecret: ' ' })).toThrow(/ZOOM_CLIENT_SECRET/);
    const before = server.requests.length;
    await expect(zoom().createRoom({ ...meeting, end: meeting.start })).rejects.toMatchObject({
      code: 'input_invalid',
    });
    expect(server.requests.length).toBe(before);
  });
});
