import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import * as initial from './migrations/0001-initial.js';
import * as approvalDesk from './migrations/0002-approval-desk.js';
import * as sendLimits from './migrations/0003-send-limits.js';
import * as slackActions from './migrations/0004-slack-actions.js';
import * as webhookEvents from './migrations/0005-webhook-events.js';
import * as compliance from './migrations/0006-compliance.js';
import * as leadSignals from './migrations/0007-lead-signals.js';
import * as outboxDelivery from './migrations/0008-outbox-delivery.js';
import * as exclusionsReputation from './migrations/0009-exclusions-reputation.js';
import * as inbox from './migrations/0010-inbox.js';
import * as pendingEnrichments from './migrations/0011-pending-enrichments.js';
import * as calendars from './migrations/0013-calendars.js';
import * as scheduling from './migrations/0014-scheduling.js';
import * as sendCounters from './migrations/0015-send-counters.js';
import * as outboxRecipientLocale from './migrations/0016-outbox-recipient-locale.js';
import * as draftConversations from './migrations/0017-draft-conversations.js';
import * as schedulingDispatch from './migrations/0018-scheduling-dispatch.js';
import * as reserveSendFunction from './migrations/0019-reserve-send-function.js';
import * as dropSendReservationCounts from './migrations/0020-drop-send-reservation-counts.js';
import * as meetingVideoLinks from './migrations/0021-meeting-video-links.js';

/** Every migration, in order. Names sort lexically; never rename or edit a shipped one. */
const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-approval-desk': approvalDesk,
  '0003-send-limits': sendLimits,
  '0004-slack-actions': slackActions,
  '0005-webhook-events': webhookEvents,
  '0006-compliance': compliance,
  '0007-lead-signals': leadSignals,
  '0008-outbox-delivery': outboxDelivery,
  '0009-exclusions-reputation': exclusionsReputation,
  '0010-inbox': inbox,
  '0011-pending-enrichments': pendingEnrichments,
  '0013-calendars': calendars,
  '0014-scheduling': scheduling,
  '0015-send-counters': sendCounters,
  '0016-outbox-recipient-locale': outboxRecipientLocale,
  '0017-draft-conversations': draftConversations,
  '0018-scheduling-dispatch': schedulingDispatch,
  '0019-reserve-send-function': reserveSendFunction,
  '0020-drop-send-reservation-counts': dropSendReservationCounts,
  '0021-meeting-video-links': meetingVideoLinks,
};

const staticProvider: MigrationProvider = { getMigrations: async () => ({ ...migrations }) };

/**
 * Brings the schema to the latest version. Runs automatically on every open (ARCHITECTURE.md
 * "Modes and data"); safe to call concurrently from several processes on PostgreSQL because
 * Kysely's migrator takes a lock table. `schema` keeps the migration bookkeeping in one schema
 * (tests isolate by schema through `search_path`).
 *
 * @throws the first failing migration's error, with the migration name in the message.
 */
export async function migrateToLatest(db: Kysely<unknown>, options: { schema?: string } = {}): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: staticProvider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Database migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, {
      cause: error,
    });
  }
}
