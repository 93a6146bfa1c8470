import { sql, type Kysely } from 'kysely';

/**
 * `meeting_video_links` (issue 7, SCHEDULER invites): the video room created for each booking by a remote
 * provider (Zoom, Google Meet). `linkFor` is asked several times per booking (invite request, booking,
 * cancellation) and vendors create a new room per call, so the first room is stored here and handed out
 * ever after; the primary key lets racing workers settle on one row (`INSERT … ON CONFLICT DO NOTHING`,
 * then read back). `vendor_meeting_id` is the vendor's id, kept to delete the room on cancellation.
 * `IF NOT EXISTS` keeps `up` safe for tests that apply it by hand.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS meeting_video_links (
    booking_id text PRIMARY KEY,
    provider text NOT NULL,
    link text NOT NULL,
    vendor_meeting_id text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS meeting_video_links`.execute(db);
}
