import { sql, type Kysely } from 'kysely';
import type { ErasureCounts } from '../../ports/compliance-store.js';
import type { ComplianceDatabase } from './compliance-tables.js';
import { scrubTextColumns } from './scrub-text-columns.js';
import { findSubjectIds } from './subject-rows.js';

/**
 * GDPR-2, inside the caller's transaction: deletes the person's leads (enrichment, scores, drafts,
 * ratings, approvals, outbox and rejection memory go with them through `ON DELETE CASCADE`), audit
 * events whose target names them, opt-out domain events for the address, rejected CSV rows holding the address, and
 * person-keyed cache entries; clears the plaintext `email_key` of the suppression entry (the salted hash stays so the
 * person is never contacted again); then scrubs any remaining mention of the email, phone, name or
 * LinkedIn URL from every text column ({@link scrubTextColumns}).
 */
export async function eraseSubjectRows(db: Kysely<ComplianceDatabase>, emailKey: string): Promise<ErasureCounts> {
  const ids = await findSubjectIds(db, emailKey);
  const rowsDeleted: Record<string, number> = {};
  const count = (table: string, result: { numDeletedRows: bigint }[] | { numDeletedRows: bigint }) => {
    const rows = (Array.isArray(result) ? result : [result]).reduce(
      (sum, item) => sum + Number(item.numDeletedRows),
      0,
    );
    if (rows > 0) rowsDeleted[table] = (rowsDeleted[table] ?? 0) + rows;
  };
  count(
    'audit_events',
    await db
      .deleteFrom('audit_events')
      .where(
        sql<string>`lower(target)`,
        'in',
        ids.auditTargets.map((target) => target.toLowerCase()),
      )
      .execute(),
  );
  count(
    'domain_events',
    await db
      .deleteFrom('domain_events')
      .where(sql<string>`lower(payload->>'address')`, '=', emailKey)
      .execute(),
  );
  const cacheKeys = [
    `person:email:${emailKey}`,
    ...ids.needles.map((needle) => `person:linkedin:${needle.toLowerCase()}`),
  ];
  count('enrichment_cache', await db.deleteFrom('enrichment_cache').where('key', 'in', cacheKeys).execute());
  // A rejected CSV row is the person's raw record: delete it whole rather than scrub field by field.
  count(
    'rejected_rows',
    await db
      .deleteFrom('rejected_rows')
      .where(sql<string>`lower(record::text)`, 'like', `%${emailKey.replace(/[%_\\]/g, '\\$&')}%`)
      .execute(),
  );
  if (ids.leadIds.length > 0) {
    // Scheduling rows key the lead as text (no foreign key), so they do not cascade with the lead.
    for (const table of ['scheduling_conversations', 'scheduling_outcomes']) {
      const result = await sql`DELETE FROM ${sql.table(table)} WHERE lead_id IN (${sql.join(ids.leadIds)})`.execute(db);
      count(table, { numDeletedRows: result.numAffectedRows ?? 0n });
    }
    count('leads', await db.deleteFrom('leads').where('id', 'in', ids.leadIds).execute());
  }
  await db.updateTable('suppression_entries').set({ email_key: null }).where('email_key', '=', emailKey).execute();
  const rowsScrubbed = await scrubTextColumns(db as Kysely<unknown>, ids.needles);
  return { leadsDeleted: ids.leadIds.length, rowsDeleted, rowsScrubbed };
}
