import type { Kysely } from 'kysely';
import type { ServerMeetingDependencies } from '../server/routes/meeting-routes.js';
import { createSchedulingConversationRepository } from '../store/repositories/scheduling-conversation-repository.js';
import type { SchedulingDatabase } from '../store/repositories/scheduling-tables.js';
import type { System } from './open-system.js';

/**
 * The meetings view of an open system (`ServerDependencies.meetings`, issue 7): the scheduling
 * conversations of migration 0014 and each configured host's IANA zone (`hosts[].timezone`, SPEC §7).
 */
export function meetingsFor(system: System): ServerMeetingDependencies {
  return {
    store: createSchedulingConversationRepository(system.database.db as unknown as Kysely<SchedulingDatabase>),
    hostTimezones: Object.fromEntries(system.config.hosts.map((host) => [host.id, host.timezone])),
  };
}
