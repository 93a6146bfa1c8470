import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeZoomServer, type FakeZoomServer } from '../../adapters/zoom/__fixtures__/fake-zoom-server.js';
import { createZoomVideoRoomProvider } from '../../adapters/zoom/index.js';
import { createFakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createRememberedVideoLinkProvider } from '../../scheduling/video-links/index.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createMeetingVideoLinkRepository } from './meeting-video-link-repository.js';

const credentials = { accountId: 'acct-1', clientId: 'client-1', clientSecret: 'secret-1' };
const meeting = (bookingId: string) => ({
  bookingId,
  title: 'Ada Moreau / lee@example.com',
  start: '2031-03-03T09:00:00.000Z',
  end: '2031-03-03T09:30:00.000Z',
});

describe('remembered video links (migration 0021, SPEC §7: same booking ⇒ same link)', () => {
  let database: TestDatabase;
  let zoomServer: FakeZoomServer;
  beforeAll(async () => {
    database = await createTestDatabase();
    zoomServer = await startFakeZoomServer(credentials);
  });
  afterAll(async () => {
    await zoomServer.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.freshSchema();
  });
  /** One worker process: its own repository and Zoom provider (own token cache), the shared database. */
  const worker = () =>
    createRememberedVideoLinkProvider(
      createMeetingVideoLinkRepository(database.db),
      createZoomVideoRoomProvider({
        ...credentials,
        apiUrl: zoomServer.rootUrl,
        oauthUrl: zoomServer.rootUrl,
        fetch,
        clock: createFakeClock(),
        resilientCall: (operation) => operation(new AbortController().signal),
      }),
    );

  it('creates one Zoom meeting per booking however often and from however many processes it is asked', async () => {
    const created = zoomServer.meetingsCreated();
    const first = await worker().linkFor(meeting('b-1'));
    const again = await worker().linkFor(meeting('b-1'));
    const concurrent = worker();
    const links = await Promise.all([concurrent.linkFor(meeting('b-1')), concurrent.linkFor(meeting('b-1'))]);
    expect([again, ...links]).toEqual([first, first, first]);
    expect(zoomServer.meetingsCreated() - created).toBe(1);
    const other = await worker().linkFor(meeting('b-2'));
    expect(other).not.toBe(first);
    const stored = await createMeetingVideoLinkRepository(database.db).find('b-1');
    expect(stored).toMatchObject({ bookingId: 'b-1', provider: 'zoom', link: first });
    expect(stored?.vendorMeetingId).toMatch(/^\d+$/);
    expect(Date.parse(stored?.createdAt ?? '')).not.toBeNaN();
  });

  it('two racing workers end with one link; any duplicate meeting is deleted at Zoom', async () => {
    const created = zoomServer.meetingsCreated();
    const live = zoomServer.meetings.size;
    const links = await Promise.all([worker().linkFor(meeting('race')), worker().linkFor(meeting('race'))]);
    expect(links[0]).toBe(links[1]);
    const made = zoomServer.meetingsCreated() - created;
    expect(made).toBeGreaterThanOrEqual(1);
    expect(zoomServer.meetings.size - live).toBe(1);
  });

  it('insertIfAbsent keeps the first row and returns it to the later writer', async () => {
    const repository = createMeetingVideoLinkRepository(database.db);
    const row = { bookingId: 'b-3', provider: 'zoom', link: 'https://example.zoom.us/j/1', vendorMeetingId: '1' };
    await expect(repository.insertIfAbsent(row)).resolves.toMatchObject(row);
    await expect(
      repository.insertIfAbsent({ ...row, link: 'https://example.zoom.us/j/2', vendorMeetingId: '2' }),
    ).resolves.toMatchObject(row);
  });

  it('release deletes the Zoom meeting but keeps the link for the cancellation notice; a second release is harmless', async () => {
    const provider = worker();
    const link = await provider.linkFor(meeting('b-4'));
    const stored = await createMeetingVideoLinkRepository(database.db).find('b-4');
    await provider.release('b-4');
    expect(zoomServer.meetings.has(Number(stored?.vendorMeetingId))).toBe(false);
    await expect(provider.release('b-4')).resolves.toBeUndefined();
    const created = zoomServer.meetingsCreated();
    await expect(provider.linkFor(meeting('b-4'))).resolves.toBe(link);
    expect(zoomServer.meetingsCreated()).toBe(created);
    await expect(provider.release('never-booked')).resolves.toBeUndefined();
  });

  it('a failed creation stores nothing, so the next call tries again', async () => {
    zoomServer.setMode('server_error');
    await expect(worker().linkFor(meeting('b-5'))).rejects.toMatchObject({ code: 'vendor_error' });
    expect(await createMeetingVideoLinkRepository(database.db).find('b-5')).toBeUndefined();
    zoomServer.setMode('normal');
    await expect(worker().linkFor(meeting('b-5'))).resolves.toMatch(/^https:\/\//);
  });
});
