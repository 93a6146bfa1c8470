import type { Context, Hono } from 'hono';
import type { Clock } from '../../ports/clock.js';
import type { EmbeddedCalendarEventStore } from '../../ports/embedded-calendar-store.js';
import { buildIcsFeed } from '../build-ics-feed.js';
import { findIcsFeedHost } from '../ics-feed-token.js';
import type { ServerEnv } from '../server-env.js';

/** What the ICS feed route needs; pass it when the embedded calendar is in use. */
export interface IcsFeedRouteDependencies {
  /** The feed-token secret (≥ 32 bytes, from config secrets); tokens are `icsFeedToken(secret, hostId)`. */
  secret: string;
  /** Hosts with an embedded calendar: id and display name (config `hosts[]`). */
  hosts: readonly { id: string; name?: string }[];
  events: EmbeddedCalendarEventStore;
  clock: Clock;
  /** Days of history in the feed (default 30). */
  pastDays?: number;
  /** Days ahead in the feed (default 180; spec §6.10: bound ICS by time range). */
  futureDays?: number;
}

const millisecondsPerDay = 86_400_000;
/** Calendar clients poll; a short private cache spares us repeated queries without hiding new bookings long. */
const cacheControl = 'private, max-age=300';

/** The fixed 404: nothing from the request is echoed. */
function notFound(context: Context<ServerEnv>): Response {
  context.header('Cache-Control', 'no-store');
  return context.text('Not found', 404);
}

/**
 * Public ICS feed `GET /ics/{token}` of a host's embedded calendar (SPEC §7 "embedded (SQL, ICS
 * export)", SPEC §14 public routes: the 256-bit token is the credential, no auth header). An unknown or
 * tampered token answers 404. The body lists events from `pastDays` before now to `futureDays` after, as
 * `text/calendar` built with ical-generator. Mount it outside `/api/*` so the token middleware skips it.
 */
export function registerIcsFeedRoutes(app: Hono<ServerEnv>, dependencies: IcsFeedRouteDependencies): void {
  const hostIds = dependencies.hosts.map((host) => host.id);
  app.get('/ics/:token', async (context) => {
    const token = (context.req.param('token') ?? '').replace(/\.ics$/i, '');
    const hostId = findIcsFeedHost(dependencies.secret, hostIds, token);
    if (hostId === undefined) return notFound(context);
    const now = dependencies.clock.now();
    const from = new Date(now.getTime() - (dependencies.pastDays ?? 30) * millisecondsPerDay);
    const to = new Date(now.getTime() + (dependencies.futureDays ?? 180) * millisecondsPerDay);
    const events = await dependencies.events.listOverlapping(hostId, from, to);
    const name = dependencies.hosts.find((host) => host.id === hostId)?.name ?? hostId;
    const body = buildIcsFeed({ name, events, generatedAt: now });
    context.header('Cache-Control', cacheControl);
    return context.body(body, 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });
}
