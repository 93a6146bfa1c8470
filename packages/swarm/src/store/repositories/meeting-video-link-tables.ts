import type { ColumnType } from 'kysely';

/** `meeting_video_links` (migration 0021): the video room stored for one booking. */
export interface MeetingVideoLinksTable {
  booking_id: string;
  /** Provider slug, e.g. `zoom`, `google-meet`. */
  provider: string;
  link: string;
  vendor_meeting_id: string | null;
  /** Set by the database (`DEFAULT now()`) on insert. */
  created_at: ColumnType<Date, never, never>;
}

/** Migration 0021's table, for `Kysely#$extendTables`, so `schema.ts` stays untouched. */
export type MeetingVideoLinkTables = {
  meeting_video_links: MeetingVideoLinksTable;
};
