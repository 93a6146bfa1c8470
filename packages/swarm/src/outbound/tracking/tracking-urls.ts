import { createTrackingToken } from './tracking-token.js';

/** What every tracking link is built from: the public base URL, the signing secret and the outbox row. */
export interface TrackingLinkSettings {
  /** Public base URL of the server that answers `/t/*` (config `tracking.baseUrl`); a trailing slash is dropped. */
  baseUrl: string;
  /** The tracking signing secret (≥ 16 bytes; the deployment unsubscribe secret may be reused, see tracking-token.ts). */
  secret: string;
  /** The outbox row id the message is stored under, so a hit finds its message, lead and thread. */
  outboxId: string;
}

/** `{baseUrl}` without trailing slashes. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/**
 * The open-pixel URL `{baseUrl}/t/o/{token}` for one message (SPEC §4). Only meaningful in an HTML
 * part: see {@link buildTrackedHtmlAlternative}.
 *
 * @throws CaioError as {@link createTrackingToken}.
 */
export function openPixelUrl(settings: TrackingLinkSettings): string {
  const token = createTrackingToken(settings.secret, { outboxId: settings.outboxId, kind: 'open' });
  return `${trimBaseUrl(settings.baseUrl)}/t/o/${token}`;
}

/**
 * The click-redirect URL `{baseUrl}/t/c/{token}` whose token binds `destination` exactly (SPEC §4).
 *
 * @throws CaioError `input_invalid` when `destination` is not an absolute http(s) URL; as {@link createTrackingToken}.
 */
export function clickRedirectUrl(settings: TrackingLinkSettings, destination: string): string {
  const token = createTrackingToken(settings.secret, { outboxId: settings.outboxId, kind: 'click', url: destination });
  return `${trimBaseUrl(settings.baseUrl)}/t/c/${token}`;
}
