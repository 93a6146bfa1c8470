import { createHmac } from 'node:crypto';
import type { IcsFeedRouteDependencies } from '../server/routes/ics-feed-routes.js';
import { createCalendarEventRepository } from '../store/repositories/calendar-event-repository.js';
import type { System } from './open-system.js';

/**
 * The `/ics/{token}` feed (SPEC §7, embedded calendar) for every configured host with an embedded
 * calendar; nothing when there is none. The feed-token key is derived from the deployment's
 * unsubscribe secret under its own label, so no extra secret is needed and the two token kinds
 * can never verify each other.
 */
export function icsFeedFor(system: System): { icsFeed?: IcsFeedRouteDependencies } {
  const hosts = system.config.hosts
    .filter((host) => host.calendar.some((calendar) => calendar.provider === 'embedded'))
    .map((host) => ({ id: host.id, name: host.name }));
  if (hosts.length === 0) return {};
  const secret = createHmac('sha256', system.unsubscribeSecret()).update('caio ics feed v1').digest('hex');
  return {
    icsFeed: { secret, hosts, events: createCalendarEventRepository(system.database.db), clock: system.clock },
  };
}
