import { loadConfig } from '../config/load-config.js';
import type { InboxStore } from '../ports/inbox-store.js';
import { createInboxRepository } from '../store/repositories/inbox-repository.js';
import type { OpenInboxStore } from './inbox-command.js';
import { openSystem, type System } from './open-system.js';

/** The unified inbox store of an open system (`inbound_replies`, migration 0010); for `ServerDependencies.inbox`. */
export function inboxStoreFor(system: System): InboxStore {
  return createInboxRepository(system.database.db, { clock: system.clock });
}

/** Opens the system from `--config` for one `caio inbox` command; `close` closes the system. */
export const openInboxFromConfig: OpenInboxStore = async ({ config }) => {
  const system = await openSystem(loadConfig(config));
  return { inbox: inboxStoreFor(system), close: () => system.close() };
};
