import { CaioError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { CreatedVideoRoom, VideoRoomProvider } from '../../ports/video-room-provider.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { fetchVendorAnswer } from '../http/fetch-vendor-answer.js';
import { parseVendorAnswer } from '../http/parse-vendor-answer.js';
import { googleMeetError } from './google-meet-error-mapper.js';
import { googleMeetSpaceSchema, type GoogleMeetAccessType } from './google-meet-schemas.js';
import type { GoogleMeetResilientCall } from './resilient-call-like.js';

/** Settings of {@link createGoogleMeetVideoRoomProvider}; resolved by `config/`, never read from the environment here. */
export interface GoogleMeetVideoRoomProviderSettings {
  /**
   * The OAuth 2.0 access token (scope `https://www.googleapis.com/auth/meetings.space.created`), asked for
   * before every request so a refreshing source can hand out a fresh one. Sent as `Authorization: Bearer`.
   */
  accessToken: () => string | Promise<string>;
  /** API root with trailing slash; default `https://meet.googleapis.com/`. Point it at the fake in tests. */
  apiUrl?: string;
  /** Who joins without knocking; absent: the organiser's Workspace default (often `TRUSTED`). */
  accessType?: GoogleMeetAccessType;
  fetch: FetchLike;
  clock: Clock;
  /** Breaker → timeout (RES-1, RES-2). Creates are sent with `idempotent: false`: each makes a new space. */
  resilientCall: GoogleMeetResilientCall;
}

/**
 * The Google Meet {@link VideoRoomProvider} (SPEC §7 invites, issue 7) on the Meet REST API v2:
 * `POST {apiUrl}v2/spaces` creates a meeting space and answers its `meetingUri` (the link) and `name`
 * (`spaces/…`, kept as the vendor id). A space has no schedule and the API has no delete, so there is no
 * `deleteRoom`: a cancelled meeting's space simply goes unused. Not idempotent: wrap it in
 * `createRememberedVideoLinkProvider` so each booking gets one space.
 *
 * @throws calls reject with `permission_denied` (401/403: token or scope), `rate_limited` (`retryAfterMs`),
 *   `vendor_error` (5xx, connection, malformed answer), `timeout`, `circuit_open`.
 * @example
 * const meet = createGoogleMeetVideoRoomProvider({ accessToken: () => token, fetch, clock, resilientCall });
 * const { link } = await meet.createRoom({ bookingId, title, start, end });
 */
export function createGoogleMeetVideoRoomProvider(settings: GoogleMeetVideoRoomProviderSettings): VideoRoomProvider {
  const url = `${settings.apiUrl ?? 'https://meet.googleapis.com/'}v2/spaces`;
  const body = JSON.stringify(settings.accessType ? { config: { accessType: settings.accessType } } : {});
  return {
    provider: 'google-meet',
    async createRoom(): Promise<CreatedVideoRoom> {
      const parsed = await settings.resilientCall(
        async (signal) => {
          const token = await settings.accessToken();
          const answer = await fetchVendorAnswer(
            settings.fetch,
            url,
            {
              method: 'POST',
              signal,
              headers: {
                accept: 'application/json',
                'content-type': 'application/json',
                authorization: `Bearer ${token}`,
              },
              body,
            },
            'Google Meet',
          );
          const read = parseVendorAnswer(answer, 'Google Meet', signal, settings.clock.now().getTime());
          if (read.ok) return read.body;
          throw googleMeetError(read);
        },
        { idempotent: false },
      );
      const space = googleMeetSpaceSchema.safeParse(parsed);
      if (!space.success) {
        throw new CaioError('vendor_error', 'Google Meet created a space but returned no https meetingUri or name.', {
          details: { malformed: true, vendor: 'Google Meet' },
        });
      }
      return { link: space.data.meetingUri, vendorMeetingId: space.data.name };
    },
  };
}
