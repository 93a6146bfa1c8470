import { createGoogleMeetVideoRoomProvider } from '../adapters/google-meet/index.js';
import { createZoomVideoRoomProvider } from '../adapters/zoom/index.js';
import {
  resolveHostVideoSecrets,
  type HostVideoSecrets,
  type HostWithVideo,
} from '../config/resolve-host-video-secrets.js';
import type { HostVideoConfig } from '../config/video-schema.js';
import { CaioError } from '../domain/errors.js';
import { createCircuitBreaker, createResilientCall } from '../guardrails/resilience/index.js';
import type { Clock } from '../ports/clock.js';
import type { MeetingVideoLinkStore } from '../ports/meeting-video-link-store.js';
import type { VideoLinkProvider } from '../ports/video-link-provider.js';
import type { VideoRoomProvider } from '../ports/video-room-provider.js';
import { createStaticVideoLinkProvider } from '../scheduling/conversation/index.js';
import { createRememberedVideoLinkProvider } from '../scheduling/video-links/index.js';

/** Where the default per-meeting rooms live (Jitsi Meet creates a room on first visit; no account needed). */
const defaultRoomBase = 'https://meet.jit.si/';

/** Per-attempt timeout of a Zoom / Google Meet call in ms when `video.timeoutMs` is unset (RES-2 default). */
const defaultVideoTimeoutMs = 10_000;

/** What a remote video provider (Zoom, Google Meet) needs besides the host. */
export interface MeetingVideoLinkContext {
  /** Remembered links: `createMeetingVideoLinkRepository(db)` (migration 0021). */
  store: MeetingVideoLinkStore;
  clock: Clock;
  /** From `resolveHostVideoSecrets(config.hosts)`; default read from the environment for this host. */
  secrets?: HostVideoSecrets;
  /** Default the global fetch; tests point it elsewhere. */
  fetch?: typeof globalThis.fetch;
}

/** The host fields that choose its video links. */
export type HostVideoSettings = HostWithVideo & { videoLink?: string | undefined };

function jitsiRooms(baseUrl: string): VideoLinkProvider {
  return {
    linkFor: async ({ bookingId }) => `${baseUrl}caio-${bookingId.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
  };
}

function secret(secrets: HostVideoSecrets, variable: string): string {
  const value = secrets[variable];
  if (!value) throw new CaioError('config_invalid', `Set ${variable} in the environment (docs/integrations/).`);
  return value;
}

function roomProvider(
  host: HostVideoSettings,
  video: Extract<HostVideoConfig, { provider: 'zoom' | 'google-meet' }>,
  context: MeetingVideoLinkContext,
): VideoRoomProvider {
  const secrets = context.secrets ?? resolveHostVideoSecrets([host]);
  const fetch = context.fetch ?? globalThis.fetch;
  // One breaker per host: a failing vendor account of one host must not block another host's invites.
  const resilientCall = createResilientCall({
    breaker: createCircuitBreaker({ name: `video:${host.id}:${video.provider}`, clock: context.clock }),
    timeoutMs: video.timeoutMs ?? defaultVideoTimeoutMs,
  });
  if (video.provider === 'zoom') {
    return createZoomVideoRoomProvider({
      accountId: video.accountId,
      clientId: secret(secrets, video.clientIdEnv),
      clientSecret: secret(secrets, video.clientSecretEnv),
      userId: video.userId,
      apiUrl: video.apiUrl,
      oauthUrl: video.oauthUrl,
      fetch,
      clock: context.clock,
      resilientCall,
    });
  }
  const token = secret(secrets, video.tokenEnv);
  return createGoogleMeetVideoRoomProvider({
    accessToken: () => token,
    apiUrl: video.apiUrl,
    ...(video.accessType ? { accessType: video.accessType } : {}),
    fetch,
    clock: context.clock,
    resilientCall,
  });
}

/**
 * The video links of a host's meetings (SPEC §7 invites; issue 7), chosen by the host's `video:` key:
 * `static` (one link), `jitsi` (a room per booking on a Jitsi server), `zoom` (a scheduled Zoom meeting per
 * booking) or `google-meet` (a Meet space per booking). Zoom and Google Meet create a room per call, so they
 * are remembered per booking in `context.store` (`createRememberedVideoLinkProvider`): the invite request,
 * the booking and the cancellation all carry the same link, across worker processes. Without `video:`, the
 * older `videoLink` key gives a static link, else a Jitsi Meet room on meet.jit.si (same booking ⇒ same room).
 *
 * @throws CaioError `config_invalid` when a static link is not https, when Zoom / Google Meet is chosen
 *   without `context` (the store is required), or when their environment variables are missing
 */
export function meetingVideoLinksFor(host: HostVideoSettings, context?: MeetingVideoLinkContext): VideoLinkProvider {
  const video = host.video;
  if (video === undefined) {
    return host.videoLink ? createStaticVideoLinkProvider(host.videoLink) : jitsiRooms(defaultRoomBase);
  }
  if (video.provider === 'static') return createStaticVideoLinkProvider(video.url);
  if (video.provider === 'jitsi') return jitsiRooms(video.baseUrl);
  if (!context) {
    throw new CaioError(
      'config_invalid',
      `hosts[${host.id}] video provider ${video.provider} needs the video link store (migration 0021); pass a MeetingVideoLinkContext.`,
    );
  }
  return createRememberedVideoLinkProvider(context.store, roomProvider(host, video, context));
}
