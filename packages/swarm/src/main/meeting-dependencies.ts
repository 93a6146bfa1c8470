import type { ServerMeetingDependencies } from '../server/routes/meeting-routes.js';
import { createSchedulingConversationRepository } from '../store/repositories/scheduling-conversation-repository.js';
import { schedulingDatabaseOf } from '../store/repositories/scheduling-tables.js';
import type { System } from './open-system.js';

/**
 * The meetings view of an open system (`ServerDependencies.meetings`, issue 7): the scheduling
 * conversations of migration 0014 and each configured host's IANA zone (`hosts[].timezone`, SPEC §7).
 */
export function meetingsFor(system: System): ServerMeetingDependencies {
  return {
    store: createSchedulingConversationRepository(schedulingDatabaseOf(system.database.db)),
    hostTimezones: Object.fromEntries(system.config.hosts.map((host) => [host.id, host.timezone])),
  };
}
