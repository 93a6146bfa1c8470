import { CaioError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { VideoLinkRequest } from '../../ports/video-link-provider.js';
import type { CreatedVideoRoom, VideoRoomProvider } from '../../ports/video-room-provider.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import type { ZoomResilientCall } from './resilient-call-like.js';
import { sendZoomRequest, type ZoomAnswer } from './send-zoom-request.js';
import { createZoomAccessTokenSource } from './zoom-access-token-source.js';
import { zoomApiError, zoomErrorCodeOf, zoomInvalidTokenCode, zoomMeetingMissingCode } from './zoom-error-mapper.js';
import { zoomMeetingResponseSchema } from './zoom-schemas.js';
import { zoomMeetingBody } from './zoom-meeting-body.js';

/** Settings of {@link createZoomVideoRoomProvider}; resolved by `config/`, never read from the environment here. */
export interface ZoomVideoRoomProviderSettings {
  /** Account id of the Server-to-Server OAuth app (config `video.accountId`). */
  accountId: string;
  /** Client id (env `video.clientIdEnv`, default `ZOOM_CLIENT_ID`). */
  clientId: string;
  /** Client secret (env `video.clientSecretEnv`, default `ZOOM_CLIENT_SECRET`). */
  clientSecret: string;
  /** The meeting host: a Zoom user id, the user's email, or `me` (the app's owner). Default `me`. */
  userId?: string;
  /** REST root with trailing slash; default `https://api.zoom.us/`. Point it at the fake in tests. */
  apiUrl?: string;
  /** OAuth root with trailing slash; default `https://zoom.us/`. */
  oauthUrl?: string;
  fetch: FetchLike;
  clock: Clock;
  /**
   * Breaker → timeout for every call (RES-1, RES-2), e.g.
   * `createResilientCall({ breaker: createCircuitBreaker({ name: 'video:zoom:ada', clock }), timeoutMs: 10_000 })`.
   * Creates are sent with `idempotent: false` (never retried: Zoom has no idempotency key), deletes with `true`.
   */
  resilientCall: ZoomResilientCall;
}

/**
 * The Zoom {@link VideoRoomProvider} (SPEC §7 invites, issue 7): `createRoom` schedules a meeting with
 * `POST {apiUrl}v2/users/{userId}/meetings` (`type` 2 scheduled, `start_time` UTC, `duration` minutes
 * rounded up, `timezone` UTC, `topic`) and answers its `join_url` and meeting `id`; `deleteRoom` sends
 * `DELETE {apiUrl}v2/meetings/{id}` (404 / code 3001 count as already deleted). Auth is Server-to-Server
 * OAuth with a cached token; a 401 code 124 (token revoked or expired early) fetches a new token and
 * repeats the request once — safe, since Zoom did nothing with the refused request. Not idempotent: wrap
 * it in `createRememberedVideoLinkProvider` so each booking gets one meeting.
 *
 * @throws CaioError `config_invalid` for missing credentials; calls reject with `input_invalid` (bad
 *   instants), `permission_denied` (credentials, scopes), `rate_limited` (`retryAfterMs`), `vendor_error`
 *   (5xx, connection, unknown user), `timeout`, `circuit_open`.
 * @example
 * const zoom = createZoomVideoRoomProvider({ accountId, clientId, clientSecret, fetch, clock, resilientCall });
 * const { link } = await zoom.createRoom({ bookingId, title: 'Ada / lee@example.com', start, end });
 */
export function createZoomVideoRoomProvider(
  settings: ZoomVideoRoomProviderSettings,
): VideoRoomProvider & { deleteRoom(vendorMeetingId: string): Promise<void> } {
  const tokens = createZoomAccessTokenSource(settings);
  const apiUrl = settings.apiUrl ?? 'https://api.zoom.us/';
  const userId = settings.userId?.trim() || 'me';

  /** One REST call with a bearer token; a refused token is replaced once. */
  async function call(method: 'POST' | 'DELETE', path: string, signal: AbortSignal, body?: unknown) {
    const send = async (): Promise<{ token: string; answer: ZoomAnswer }> => {
      const token = await tokens.token(signal);
      const answer = await sendZoomRequest({
        fetch: settings.fetch,
        method,
        url: `${apiUrl}${path}`,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal,
        nowMs: settings.clock.now().getTime(),
      });
      return { token, answer };
    };
    const first = await send();
    if (first.answer.ok || first.answer.status !== 401 || zoomErrorCodeOf(first.answer.body) !== zoomInvalidTokenCode) {
      return first.answer;
    }
    tokens.invalidate(first.token);
    return (await send()).answer;
  }

  return {
    provider: 'zoom',
    async createRoom(request: VideoLinkRequest): Promise<CreatedVideoRoom> {
      const body = zoomMeetingBody(request);
      const answer = await settings.resilientCall(
        (signal) => call('POST', `v2/users/${encodeURIComponent(userId)}/meetings`, signal, body),
        { idempotent: false },
      );
      if (!answer.ok) throw zoomApiError(answer);
      const parsed = zoomMeetingResponseSchema.safeParse(answer.body);
      if (!parsed.success) {
        throw new CaioError('vendor_error', 'Zoom created a meeting but returned no https join_url or id.', {
          details: { malformed: true, vendor: 'Zoom' },
        });
      }
      return { link: parsed.data.join_url, vendorMeetingId: String(parsed.data.id) };
    },
    async deleteRoom(vendorMeetingId: string): Promise<void> {
      if (!/^\d+$/.test(vendorMeetingId)) {
        throw new CaioError('input_invalid', `"${vendorMeetingId}" is not a Zoom meeting id (digits only).`);
      }
      const answer = await settings.resilientCall(
        (signal) => call('DELETE', `v2/meetings/${vendorMeetingId}`, signal),
        {
          idempotent: true,
        },
      );
      if (answer.ok || answer.status === 404 || zoomErrorCodeOf(answer.body) === zoomMeetingMissingCode) return;
      throw zoomApiError(answer);
    },
  };
}
