import type { Context, Hono } from 'hono';
import type { Clock } from '../../ports/clock.js';
import {
  transparentPixelGif,
  verifyTrackingToken,
  type RecordTrackingEvent,
  type TrackingEvent,
  type TrackingKind,
} from '../../outbound/tracking/index.js';
import type { ServerEnv } from '../server-env.js';

/** What the tracking routes need; pass it only when `tracking.opens` or `tracking.clicks` is on. */
export interface TrackingRouteDependencies {
  /** The secret tracking tokens were signed with (≥ 16 bytes). */
  secret: string;
  clock: Clock;
  /** Stores the hit (supplied by the composition root). Awaited before answering; failures go to `onRecordFailed`. */
  recordTrackingEvent: RecordTrackingEvent;
  /** Told when `recordTrackingEvent` throws; the recipient still gets the pixel or the redirect. */
  onRecordFailed?: (error: unknown, event: TrackingEvent) => void;
}

/** Longest User-Agent stored (characters); the header is attacker-controlled. */
const maximumUserAgentLength = 512;
/** Neither the pixel nor the redirect may be cached: every load is a hit, and a cached 302 would skip us. */
const noStore = 'no-store, no-cache, must-revalidate, max-age=0';

/** The fixed 404: no token, no path, nothing from the request is echoed (INJ-8). */
function notFound(context: Context<ServerEnv>): Response {
  context.header('Cache-Control', noStore);
  return context.text('Not found', 404);
}

async function record(
  context: Context<ServerEnv>,
  dependencies: TrackingRouteDependencies,
  hit: { outboxId: string; kind: TrackingKind; url: string | null },
): Promise<void> {
  const userAgent = context.req.header('user-agent')?.slice(0, maximumUserAgentLength) ?? null;
  const event: TrackingEvent = { ...hit, at: dependencies.clock.now(), userAgent };
  try {
    await dependencies.recordTrackingEvent(event);
  } catch (error) {
    dependencies.onRecordFailed?.(error, event);
  }
}

/**
 * Public tracking routes (SPEC §4, §14 "`/t/*` (tracking, when enabled)"); like `/u/*` they need no
 * auth — the HMAC-signed token is the credential:
 * - `GET /t/o/{token}` → 200 `image/gif`, a 1×1 transparent pixel, `Cache-Control: no-store`;
 *   records an `open`.
 * - `GET /t/c/{token}` → 302 to the URL bound inside the token (never to anything from the request,
 *   so this is not an open redirect), `Cache-Control: no-store`, `Referrer-Policy: no-referrer`;
 *   records a `click`.
 * - A malformed, forged or re-signed token, or a token of the other kind → 404 text "Not found",
 *   no redirect, nothing recorded, nothing from the request echoed.
 * Mount only when tracking is enabled; when disabled the paths fall through to the app's 404.
 */
export function registerTrackingRoutes(app: Hono<ServerEnv>, dependencies: TrackingRouteDependencies): void {
  app.get('/t/o/:token', async (context) => {
    const check = verifyTrackingToken(dependencies.secret, context.req.param('token'));
    if (!check.valid || check.claims.kind !== 'open') return notFound(context);
    await record(context, dependencies, { outboxId: check.claims.outboxId, kind: 'open', url: null });
    return context.body(new Uint8Array(transparentPixelGif), 200, {
      'Content-Type': 'image/gif',
      'Content-Length': String(transparentPixelGif.byteLength),
      'Cache-Control': noStore,
      Pragma: 'no-cache',
    });
  });
  app.get('/t/c/:token', async (context) => {
    const check = verifyTrackingToken(dependencies.secret, context.req.param('token'));
    if (!check.valid || check.claims.kind !== 'click') return notFound(context);
    const destination = check.claims.url;
    await record(context, dependencies, { outboxId: check.claims.outboxId, kind: 'click', url: destination });
    context.header('Cache-Control', noStore);
    context.header('Referrer-Policy', 'no-referrer');
    // `href` re-serialises the signed URL in ASCII (IDN → punycode, percent-encoding), so the header is well-formed.
    return context.redirect(new URL(destination).href, 302);
  });
}
