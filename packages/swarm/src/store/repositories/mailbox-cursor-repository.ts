import type { Kysely } from 'kysely';
import type { InboxCursor } from '../../ports/inbox-reader.js';
import type { MailboxCursorStore } from '../../ports/mailbox-cursor-store.js';
import type { Database } from '../schema.js';

/** Kysely implementation of {@link MailboxCursorStore} over `mailbox_cursors` (migration 0010). */
export function createMailboxCursorRepository(db: Kysely<Database>): MailboxCursorStore {
  return {
    async get(mailbox): Promise<InboxCursor | null> {
      const row = await db
        .selectFrom('mailbox_cursors')
        .select(['uid_validity', 'last_uid'])
        .where('mailbox', '=', mailbox)
        .executeTakeFirst();
      return row ? { uidValidity: Number(row.uid_validity), lastUid: Number(row.last_uid) } : null;
    },
    async save(mailbox, cursor, at): Promise<void> {
      await db
        .insertInto('mailbox_cursors')
        .values({ mailbox, uid_validity: cursor.uidValidity, last_uid: cursor.lastUid, updated_at: at })
        .onConflict((conflict) =>
          conflict
            .column('mailbox')
            .doUpdateSet({ uid_validity: cursor.uidValidity, last_uid: cursor.lastUid, updated_at: at }),
        )
        .execute();
    },
  };
}
