import type { Kysely } from 'kysely';
import type { ComplianceStore } from '../../ports/compliance-store.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';
import type { ComplianceDatabase } from './compliance-tables.js';
import { completeDsarRow, insertDsar, listDsarRows } from './dsar-rows.js';
import { eraseSubjectRows } from './erase-subject-rows.js';
import { exportSubjectRows } from './export-subject-rows.js';
import { suppressionHash } from './suppression-repository.js';

/** Name of the domain event stored on every opt-out (specs/security.md EM-4). */
export const optOutReceivedEvent = 'opt-out-received';

/**
 * Kysely implementation of {@link ComplianceStore}. `salt` is the deployment's suppression salt (the
 * same one `createStore` uses), so hashes written here match `suppressedAmong`.
 */
export function createComplianceStore(database: Kysely<Database>, salt: string): ComplianceStore {
  const db = database as unknown as Kysely<ComplianceDatabase>;
  return {
    applyOptOut: (input) =>
      db.transaction().execute(async (transaction) => {
        const emailKey = input.emailKey.trim().toLowerCase();
        const inserted = await transaction
          .insertInto('suppression_entries')
          .values({
            email_key: emailKey,
            email_hash: suppressionHash(salt, emailKey),
            reason: input.reason,
            source: input.source,
          })
          .onConflict((conflict) => conflict.column('email_hash').doNothing())
          .executeTakeFirst();
        const leads = await transaction
          .updateTable('leads')
          .set({ status: 'unsubscribed', updated_at: input.at })
          .where('email_key', '=', emailKey)
          .returning('id')
          .execute();
        await transaction
          .insertInto('domain_events')
          .values({
            type: optOutReceivedEvent,
            payload: toJson({ address: emailKey, source: input.source }),
            at: input.at,
          })
          .execute();
        return {
          leadIds: leads.map((lead) => lead.id),
          newlySuppressed: Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0,
        };
      }),
    exportSubject: (emailKey) => exportSubjectRows(db, salt, emailKey.trim().toLowerCase()),
    eraseSubject: (emailKey) =>
      db.transaction().execute((transaction) => eraseSubjectRows(transaction, emailKey.trim().toLowerCase())),
    subjectHash: (emailKey) => suppressionHash(salt, emailKey),
    openDsar: (request) => insertDsar(db, request),
    completeDsar: (update) => completeDsarRow(db, update),
    listDsars: () => listDsarRows(db),
  };
}
