import { z } from 'zod';

/**
 * A host's `video:` key — where the video link of each invite comes from (SPEC §7 "send an invite (ICS,
 * with video link)"; issue 7: "a static link by default; Zoom / Google Meet adapters behind a port").
 * Secrets never live here: Zoom and Google Meet name the environment variables holding them. Without
 * `video:`, the host's older `videoLink` key (a static link) still applies, else a per-booking Jitsi room.
 */

const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'name an environment variable, e.g. ZOOM_CLIENT_ID');

/** Ends a root URL with `/`, so paths and room names can be appended. */
const withTrailingSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

/** An http(s) API root, normalised to end with `/`. */
const apiRoot = (fallback: string) =>
  z
    .url({ protocol: /^https?$/, error: 'an API root is an http(s) URL, e.g. https://api.zoom.us/' })
    .default(fallback)
    .transform(withTrailingSlash);

/** Per-attempt timeout of a room creation in ms (RES-2); default 10 000. */
const timeoutMs = z.number().int().min(100).max(60_000).optional();

/** `provider: static` — one meeting-room link for every meeting, e.g. the host's personal room. */
const staticVideo = z.strictObject({
  provider: z.literal('static'),
  /** The https link put in every invite, e.g. `https://meet.example.com/ada`. */
  url: z.url({ protocol: /^https$/, error: 'video.url must be an https:// URL' }),
});

/** `provider: jitsi` — a Jitsi Meet room per booking, created on first visit (no account, no API call). */
const jitsiVideo = z.strictObject({
  provider: z.literal('jitsi'),
  /** The Jitsi server; default `https://meet.jit.si/`. Rooms are `<baseUrl>caio-<booking id>`. */
  baseUrl: z
    .url({ protocol: /^https$/, error: 'video.baseUrl must be the https URL of a Jitsi Meet server' })
    .default('https://meet.jit.si/')
    .transform(withTrailingSlash),
});

/** `provider: zoom` — a scheduled Zoom meeting per booking (docs/integrations/zoom.md). */
const zoomVideo = z.strictObject({
  provider: z.literal('zoom'),
  /** Account id of the Server-to-Server OAuth app (App Marketplace → app → App Credentials). */
  accountId: z.string().trim().min(1, 'video.accountId is the Zoom account id of the Server-to-Server OAuth app'),
  /** Environment variable holding the app's client id (default `ZOOM_CLIENT_ID`). */
  clientIdEnv: envName.default('ZOOM_CLIENT_ID'),
  /** Environment variable holding the app's client secret (default `ZOOM_CLIENT_SECRET`). */
  clientSecretEnv: envName.default('ZOOM_CLIENT_SECRET'),
  /** The meeting host: a Zoom user id or email of the account, or `me` (the app's owner). Default `me`. */
  userId: z.string().trim().min(1).default('me'),
  /** REST API root; default `https://api.zoom.us/`. Point it at a fake in tests. */
  apiUrl: apiRoot('https://api.zoom.us/'),
  /** OAuth root; default `https://zoom.us/`. */
  oauthUrl: apiRoot('https://zoom.us/'),
  timeoutMs,
});

/** `provider: google-meet` — a Google Meet space per booking (docs/integrations/google-meet.md). */
const googleMeetVideo = z.strictObject({
  provider: z.literal('google-meet'),
  /** Environment variable holding the OAuth access token (default `GOOGLE_MEET_TOKEN`). */
  tokenEnv: envName.default('GOOGLE_MEET_TOKEN'),
  /** Meet REST API root; default `https://meet.googleapis.com/`. Point it at a fake in tests. */
  apiUrl: apiRoot('https://meet.googleapis.com/'),
  /**
   * Who joins without knocking: `OPEN` (anyone with the link — what an outside prospect needs), `TRUSTED`,
   * `RESTRICTED`. Default: the organiser's Workspace default.
   */
  accessType: z.enum(['OPEN', 'TRUSTED', 'RESTRICTED']).optional(),
  timeoutMs,
});

/** A host's `video:` setting, by provider. */
export const hostVideoSchema = z.discriminatedUnion('provider', [staticVideo, jitsiVideo, zoomVideo, googleMeetVideo]);

/** One parsed `video:` setting. */
export type HostVideoConfig = z.output<typeof hostVideoSchema>;
