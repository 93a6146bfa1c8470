import { CaioError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { requireCredentials } from '../http/require-credentials.js';
import { zoomTokenError } from './zoom-error-mapper.js';
import { zoomTokenResponseSchema } from './zoom-schemas.js';
import { sendZoomRequest } from './send-zoom-request.js';

/** Settings of {@link createZoomAccessTokenSource}; resolved by `config/`. */
export interface ZoomAccessTokenSettings {
  /** The Zoom account id of the Server-to-Server OAuth app. */
  accountId: string;
  clientId: string;
  clientSecret: string;
  /** OAuth root with trailing slash; default `https://zoom.us/`. */
  oauthUrl?: string;
  fetch: FetchLike;
  clock: Clock;
  /** Renew this long before `expires_in` runs out, in ms; default 5 minutes. */
  refreshMarginMs?: number;
}

/** Hands out a cached Zoom access token and fetches a fresh one when it nears expiry or was refused. */
export interface ZoomAccessTokenSource {
  /** A valid token; fetches one when none is cached or the cached one is within the margin of expiry. */
  token(signal: AbortSignal): Promise<string>;
  /** Forgets `token` (Zoom answered 401 code 124 for it) so the next `token()` fetches a new one. */
  invalidate(token: string): void;
}

const defaultRefreshMarginMs = 5 * 60_000;

/**
 * Server-to-Server OAuth (developers.zoom.us/docs/internal-apps/s2s-oauth/): `POST {oauthUrl}oauth/token`
 * with HTTP Basic `client_id:client_secret` and the form body `grant_type=account_credentials&account_id=…`
 * answers `{ access_token, expires_in }` (one hour, no refresh token). The token is cached until
 * `refreshMarginMs` before it expires; concurrent callers share one token request. Tokens are per process:
 * Zoom lets one app hold several valid tokens, so workers need not share them.
 *
 * @throws CaioError `config_invalid` for a blank account id or client credential; `token()` rejects with
 *   `permission_denied` (bad credentials), `rate_limited`, `vendor_error`, `timeout`.
 */
export function createZoomAccessTokenSource(settings: ZoomAccessTokenSettings): ZoomAccessTokenSource {
  requireCredentials(
    'Zoom',
    {
      'video.accountId': settings.accountId,
      'the client id (video.clientIdEnv, default ZOOM_CLIENT_ID)': settings.clientId,
      'the client secret (video.clientSecretEnv, default ZOOM_CLIENT_SECRET)': settings.clientSecret,
    },
    'see docs/integrations/zoom.md',
  );
  const url = `${settings.oauthUrl ?? 'https://zoom.us/'}oauth/token`;
  const authorization = `Basic ${Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64')}`;
  const form = new URLSearchParams({ grant_type: 'account_credentials', account_id: settings.accountId }).toString();
  const marginMs = settings.refreshMarginMs ?? defaultRefreshMarginMs;
  let cached: { token: string; renewAtMs: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(signal: AbortSignal): Promise<string> {
    const nowMs = settings.clock.now().getTime();
    const answer = await sendZoomRequest({
      fetch: settings.fetch,
      method: 'POST',
      url,
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
      signal,
      nowMs,
    });
    if (!answer.ok) throw zoomTokenError(answer);
    const parsed = zoomTokenResponseSchema.safeParse(answer.body);
    if (!parsed.success) {
      throw new CaioError('vendor_error', 'Zoom answered the token request without an access_token.', {
        details: { malformed: true, vendor: 'Zoom' },
      });
    }
    const lifetimeMs = parsed.data.expires_in * 1_000;
    // A lifetime shorter than the margin is renewed at half-life instead of on every call.
    cached = { token: parsed.data.access_token, renewAtMs: nowMs + Math.max(lifetimeMs - marginMs, lifetimeMs / 2) };
    return parsed.data.access_token;
  }

  return {
    token(signal) {
      if (cached && settings.clock.now().getTime() < cached.renewAtMs) return Promise.resolve(cached.token);
      pending ??= fetchToken(signal).finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}
