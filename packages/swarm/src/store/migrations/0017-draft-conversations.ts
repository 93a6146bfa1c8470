import { sql, type Kysely } from 'kysely';

/**
 * In-thread conversation messages (issue 6 reply drafts, issue 7 SCHEDULER messages): a draft may carry
 * the thread it answers, extra headers and a calendar part (`DraftConversation`, JSON). Cadence drafts
 * leave it null.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE drafts ADD COLUMN conversation jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE drafts DROP COLUMN IF EXISTS conversation`.execute(db);
}
