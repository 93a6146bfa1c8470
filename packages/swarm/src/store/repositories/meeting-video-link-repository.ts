import type { Kysely, Selectable } from 'kysely';
import { CaioError } from '../../domain/errors.js';
import type { MeetingVideoLink, MeetingVideoLinkStore } from '../../ports/meeting-video-link-store.js';
import type { Database } from '../schema.js';
import type { MeetingVideoLinkTables, MeetingVideoLinksTable } from './meeting-video-link-tables.js';

function toLink(row: Selectable<MeetingVideoLinksTable>): MeetingVideoLink {
  return {
    bookingId: row.booking_id,
    provider: row.provider,
    link: row.link,
    vendorMeetingId: row.vendor_meeting_id,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Kysely implementation of {@link MeetingVideoLinkStore} over migration 0021's `meeting_video_links`.
 * `insertIfAbsent` is `INSERT … ON CONFLICT (booking_id) DO NOTHING` followed by a read, so concurrent
 * writers — also in other worker processes — all get the one row that won.
 */
export function createMeetingVideoLinkRepository(database: Kysely<Database>): MeetingVideoLinkStore {
  const db = database.$extendTables<MeetingVideoLinkTables>();
  const find = async (bookingId: string): Promise<MeetingVideoLink | undefined> => {
    const row = await db
      .selectFrom('meeting_video_links')
      .select(['booking_id', 'provider', 'link', 'vendor_meeting_id', 'created_at'])
      .where('booking_id', '=', bookingId)
      .executeTakeFirst();
    return row ? toLink(row) : undefined;
  };
  return {
    find,
    async insertIfAbsent(link) {
      await db
        .insertInto('meeting_video_links')
        .values({
          booking_id: link.bookingId,
          provider: link.provider,
          link: link.link,
          vendor_meeting_id: link.vendorMeetingId,
        })
        .onConflict((conflict) => conflict.column('booking_id').doNothing())
        .execute();
      const stored = await find(link.bookingId);
      // Rows are never deleted, so the read after the insert always finds one.
      if (!stored) {
        throw new CaioError(
          'internal',
          `The video link of booking ${link.bookingId} vanished right after it was stored; check meeting_video_links.`,
        );
      }
      return stored;
    },
  };
}
